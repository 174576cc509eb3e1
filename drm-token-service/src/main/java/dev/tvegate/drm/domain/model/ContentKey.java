package dev.tvegate.drm.domain.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A content encryption key held in TVE Gate's key storage (encrypted at rest), found by its {@code kid}.
 *
 * @param customerId the owner
 * @param kid the id a request names: 32 hex digits (lower case) or {@code ^name}
 * @param key the 16-byte CEK
 * @param resourceId the protected resource (the media token's {@code resource}) the key may be released for; empty =
 *        the request must name the resource itself ({@code resourceId})
 */
public record ContentKey(long customerId, String kid, byte[] key, Optional<String> resourceId) {

    public ContentKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(resourceId, "resourceId");
    }

    @Override
    public String toString() {
        return "ContentKey[customer=" + customerId + ", kid=" + kid + "]";
    }
}
