package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A stored content key as the admin API shows it: never the key itself. */
public record ContentKeyInfo(long customerId, String kid, Optional<String> resourceId, Instant createdAt) {

    public ContentKeyInfo {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(resourceId, "resourceId");
    }
}
