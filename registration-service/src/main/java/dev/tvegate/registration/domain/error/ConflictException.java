package dev.tvegate.registration.domain.error;

/** An entity with the same identity already exists, or the change would break a reference. */
public final class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message, null, false, false);
    }
}
