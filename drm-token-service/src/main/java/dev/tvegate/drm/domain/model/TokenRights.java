package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code local} token allows, as sealed inside it and as the rights check reveals it to a license server.
 *
 * @param tokenId this token's own random id (for redemption logs)
 * @param customerId the customer it was issued to
 * @param drm the DRM system it redeems for
 * @param environment the environment it redeems in
 * @param issuedAt issuance time
 * @param expiresAt end of its redeemability ({@code expirationTime})
 * @param kid the key ID, if the request named one
 * @param contentKey the 16-byte CEK the license server needs (revealed only to the authenticated customer)
 * @param cookie the caller's correlation string, if any
 * @param resourceId the resource the media-token gate admitted, if the gate ran
 * @param mediaTokenId the media token ({@code jti}) spent on it, if the gate ran
 * @param policy the DRM-specific rules ({@link TokenGrant#policy()})
 */
public record TokenRights(String tokenId, long customerId, DrmSystem drm, Environment environment, Instant issuedAt,
        Instant expiresAt, Optional<String> kid, byte[] contentKey, Optional<String> cookie,
        Optional<String> resourceId, Optional<String> mediaTokenId, Map<String, Object> policy) {

    public TokenRights {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(drm, "drm");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(contentKey, "contentKey");
        policy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(policy));
    }

    @Override
    public String toString() {
        return "TokenRights[" + tokenId + ", customer=" + customerId + ", " + drm.pathSegment() + "]";
    }
}
