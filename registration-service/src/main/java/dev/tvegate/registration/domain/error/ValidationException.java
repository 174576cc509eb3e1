package dev.tvegate.registration.domain.error;

/** Input that breaks a domain rule; {@link #field()} names the offending field for the 400 answer. */
public final class ValidationException extends RuntimeException {
    private final String field;

    public ValidationException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
