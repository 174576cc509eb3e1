package dev.tvegate.authz.domain.error;

/**
 * authn could not say whether the viewer has a profile (timeout, error, breaker open). Never a permit: the REST edge
 * answers 403 {@code network_connection_timeout} / {@code network_received_error} (action retry).
 */
public final class ProfileUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final boolean timeout;

    public ProfileUnavailableException(boolean timeout, String message, Throwable cause) {
        super(message, cause, false, false);
        this.timeout = timeout;
    }

    public boolean timeout() {
        return timeout;
    }
}
