package dev.tvegate.kernel.mediatoken;

/**
 * The outcome of one verification, with Adobe-style accessors. The accessors return the token's claims whenever it
 * could be parsed and its signature checked (also for {@link MediaTokenStatus#TOKEN_EXPIRED} and
 * {@link MediaTokenStatus#INVALID_RESOURCE_ID}); they return null / 0 otherwise.
 *
 * @param status the verdict
 * @param claims the verified claims, or null
 */
public record MediaTokenVerification(MediaTokenStatus status, MediaTokenClaims claims) {

    public boolean isValid() {
        return status == MediaTokenStatus.VALID_TOKEN;
    }

    /** @return the resource id the token was issued for ({@code getResourceID()}) */
    public String resourceId() {
        return claims == null ? null : claims.resource();
    }

    /** @return when it was issued, epoch milliseconds ({@code getTimeIssued()}) */
    public long timeIssued() {
        return claims == null ? 0 : claims.issuedAt() * 1000;
    }

    /** @return its lifetime in milliseconds, {@code exp - iat} ({@code getTimeToLive()}) */
    public long timeToLive() {
        return claims == null ? 0 : (claims.expiresAt() - claims.issuedAt()) * 1000;
    }

    /** @return the user session GUID ({@code getUserSessionGUID()}) */
    public String userSessionGuid() {
        return claims == null ? null : claims.sessionGuid();
    }

    /** @return the MVPD ({@code getMvpdId()}) */
    public String mvpdId() {
        return claims == null ? null : claims.mvpd();
    }

    /** @return the proxy MVPD, or null ({@code getProxyMvpdId()}) */
    public String proxyMvpdId() {
        return claims == null ? null : claims.proxyMvpd();
    }

    /** @return the requestor (service provider) the token was issued to */
    public String requestor() {
        return claims == null ? null : claims.requestor();
    }

    /** @return the token id ({@code jti}), for consumers that enforce single use */
    public String tokenId() {
        return claims == null ? null : claims.tokenId();
    }
}
