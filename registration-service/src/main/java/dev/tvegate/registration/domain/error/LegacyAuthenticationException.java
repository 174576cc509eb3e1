package dev.tvegate.registration.domain.error;

import java.util.Objects;

/**
 * A legacy v1 signed-requestor header (spec §1.4) that does not authenticate the request. The message says which
 * check failed (it never contains a key or a signature) so that an integrator can fix the client; {@link #failure()}
 * classifies it for callers that answer with a code (the internal verification endpoint).
 */
public final class LegacyAuthenticationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which kind of check refused the request. */
    public enum Failure {
        /** The header does not follow the scheme (missing or bad parameter, unsupported signature method…). */
        MALFORMED,
        /** {@code request_time} is outside the window of the server clock. */
        STALE_REQUEST,
        /** The {@code public_key} names no active application, or one that may not act for the requestor. */
        UNKNOWN_KEY,
        /** The HMAC does not verify, or the signed method, requestor or request URI are not this request's. */
        INVALID_SIGNATURE,
        /** The nonce was already used. */
        REPLAYED_NONCE
    }

    private final Failure failure;

    public LegacyAuthenticationException(Failure failure, String reason) {
        super(reason, null, false, false);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public Failure failure() {
        return failure;
    }
}
