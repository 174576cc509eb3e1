package dev.tvegate.sandbox.application.port.in;

/**
 * What the login page shows.
 *
 * @param requestId the pending-request id the form posts back
 * @param clientName the display name of the app asking
 * @param mvpdName the MVPD's display name
 * @param username the user field's value (login hint or what was typed)
 * @param message an error message, or null
 */
public record LoginForm(String requestId, String clientName, String mvpdName, String username, String message) {
}
