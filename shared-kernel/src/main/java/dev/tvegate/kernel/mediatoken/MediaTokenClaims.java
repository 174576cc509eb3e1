package dev.tvegate.kernel.mediatoken;

import java.util.Objects;

/**
 * The claims of a media token (ARCHITECTURE.md §3). Times are epoch <b>seconds</b> in the token, as in every JWT;
 * the Adobe-style accessors of {@link MediaTokenVerification} give milliseconds.
 *
 * @param issuer {@code iss}: the issuing authz-service's public URL
 * @param requestor {@code requestor}: the service provider (Adobe's requestor id)
 * @param resource {@code resource}: the resource id exactly as the application sent it (plain id or MRSS)
 * @param mvpd {@code mvpd}: the MVPD the viewer authenticated with
 * @param proxyMvpd {@code pmvpd}: the proxy MVPD through which that MVPD integrates; null if none
 * @param sessionGuid {@code sid}: the user session GUID (stable per profile, not the user id itself)
 * @param tokenId {@code jti}: unique per token (single use may be enforced by the consumer)
 * @param issuedAt {@code iat}
 * @param notBefore {@code nbf}
 * @param expiresAt {@code exp}
 */
public record MediaTokenClaims(String issuer, String requestor, String resource, String mvpd, String proxyMvpd,
        String sessionGuid, String tokenId, long issuedAt, long notBefore, long expiresAt) {

    public MediaTokenClaims {
        Objects.requireNonNull(requestor, "requestor");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(mvpd, "mvpd");
        Objects.requireNonNull(sessionGuid, "sessionGuid");
        Objects.requireNonNull(tokenId, "tokenId");
        if (expiresAt <= notBefore) {
            throw new IllegalArgumentException("exp must be after nbf");
        }
    }
}
