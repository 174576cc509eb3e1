package dev.tvegate.registration.domain.error;

import java.util.Objects;

/** An expected DCR failure; the REST edge renders it as 400 {@code {"error","error_description"}}. */
public final class OAuthErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OAuthError error;

    public OAuthErrorException(OAuthError error, String description) {
        super(description, null, false, false);
        this.error = Objects.requireNonNull(error, "error");
    }

    public OAuthError error() {
        return error;
    }

    /** @return the human-readable {@code error_description} (never contains a secret) */
    public String description() {
        return getMessage();
    }
}
