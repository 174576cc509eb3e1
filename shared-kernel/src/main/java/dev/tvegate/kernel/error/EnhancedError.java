package dev.tvegate.kernel.error;

import java.util.Objects;
import java.util.Optional;

/**
 * One Enhanced Error (spec §5): the body of a top-level error response, or the {@code error} object of one decision
 * or resource (item-level). {@code details}, {@code helpUrl} and {@code trace} are optional and omitted from the
 * rendered output when null (see {@link ErrorRendering}).
 *
 * @param action what the client should do
 * @param status the logical status; it may differ from the HTTP status of the response carrying it
 * @param code the wire code, normally one of {@link ErrorCode}
 * @param message human-readable text
 * @param details partner-supplied text (MVPD deny reason, degradation message), optional
 * @param helpUrl absolute URL documenting the error, optional
 * @param trace per-response identifier for support, optional
 */
public record EnhancedError(ErrorAction action, int status, String code, String message, String details,
        String helpUrl, String trace) {

    /** Base of the default {@code helpUrl}; the code is appended as a fragment. */
    public static final String DEFAULT_HELP_URL = "https://tvegate.dev/docs/enhanced-error-codes";

    public EnhancedError {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP status code: " + status);
        }
    }

    /** @return the error for {@code c} with its default status and message, a new trace and the default help URL */
    public static EnhancedError of(ErrorCode c) {
        return of(c, null);
    }

    /** Same as {@link #of(ErrorCode)} with the given details (may be null). */
    public static EnhancedError of(ErrorCode c, String details) {
        return new EnhancedError(c.action(), c.status(), c.code(), c.message(), details, defaultHelpUrl(c),
                Traces.newTrace());
    }

    /** @return {@link #DEFAULT_HELP_URL} with the code as fragment */
    public static String defaultHelpUrl(ErrorCode c) {
        return DEFAULT_HELP_URL + "#" + c.code();
    }

    /** @return the matching {@link ErrorCode} if {@link #code()} is one of the spec's codes */
    public Optional<ErrorCode> errorCode() {
        return ErrorCode.fromCode(code);
    }

    public EnhancedError withStatus(int newStatus) {
        return new EnhancedError(action, newStatus, code, message, details, helpUrl, trace);
    }

    public EnhancedError withDetails(String newDetails) {
        return new EnhancedError(action, status, code, message, newDetails, helpUrl, trace);
    }

    public EnhancedError withMessage(String newMessage) {
        return new EnhancedError(action, status, code, newMessage, details, helpUrl, trace);
    }

    public EnhancedError withTrace(String newTrace) {
        return new EnhancedError(action, status, code, message, details, helpUrl, newTrace);
    }

    public EnhancedError withHelpUrl(String newHelpUrl) {
        return new EnhancedError(action, status, code, message, details, newHelpUrl, trace);
    }
}
