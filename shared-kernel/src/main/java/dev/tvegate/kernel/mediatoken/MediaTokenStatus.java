package dev.tvegate.kernel.mediatoken;

/** The answers of {@link MediaTokenVerifier#isValid}, named like Adobe's Media Token Verifier (spec §4.7). */
public enum MediaTokenStatus {
    /** Signature good, not expired (nor not-yet-valid), issued for the requested resource (and requestor). */
    VALID_TOKEN,
    /** Not Base64, not a compact JWS, not {@code typ: media+jwt}, or a required claim missing. */
    INVALID_TOKEN_FORMAT,
    /** Bad signature, unknown {@code kid}, or an algorithm other than the one pinned for the key. */
    INVALID_SIGNATURE,
    /** Past {@code exp}, or before {@code nbf} (beyond the allowed clock skew). */
    TOKEN_EXPIRED,
    /** Issued for another resource (or, when the verifier is bound to one, another requestor). */
    INVALID_RESOURCE_ID,
    /** The keys could not be obtained (JWKS unreachable) or another unexpected failure. */
    ERROR_UNKNOWN
}
