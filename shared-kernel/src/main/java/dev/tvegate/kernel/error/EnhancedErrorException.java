package dev.tvegate.kernel.error;

import java.util.Objects;

/**
 * Carries an {@link EnhancedError} from the domain to the REST edge, where an exception mapper renders it (spec §5).
 * These are expected client errors, so the exception records no stack trace and is cheap to throw.
 */
public final class EnhancedErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EnhancedError error;

    public EnhancedErrorException(EnhancedError error) {
        super(messageOf(Objects.requireNonNull(error, "error")), null, false, false);
        this.error = error;
    }

    public EnhancedErrorException(ErrorCode code) {
        this(EnhancedError.of(code));
    }

    public EnhancedErrorException(ErrorCode code, String details) {
        this(EnhancedError.of(code, details));
    }

    /** @return the error to render */
    public EnhancedError error() {
        return error;
    }

    private static String messageOf(EnhancedError error) {
        return error.details() == null ? error.code() + ": " + error.message()
                : error.code() + ": " + error.message() + " (" + error.details() + ")";
    }
}
