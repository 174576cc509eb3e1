package dev.tvegate.registration.domain.error;

import java.util.Objects;

import dev.tvegate.kernel.error.V1StatusError;

/**
 * An expected REST v1 failure answered with the plain v1 body of spec §6.3 ({@code {"status":404,"message":"Not
 * Found","details":null}} or its XML form) rather than an Enhanced Error.
 */
public final class V1StatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient V1StatusError error;

    public V1StatusException(V1StatusError error) {
        super(Objects.requireNonNull(error, "error").status() + " " + error.message(), null, false, false);
        this.error = error;
    }

    public V1StatusError error() {
        return error;
    }
}
