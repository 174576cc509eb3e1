package dev.tvegate.drm.adapter.out.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.ContentKeyPort;
import dev.tvegate.drm.config.DrmConfig;
import dev.tvegate.drm.domain.model.ContentKey;
import dev.tvegate.drm.domain.model.KeyIds;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Key storage: content keys by (customer, kid), opened from their sealed column. A 32-hex kid is looked up lower-cased;
 * a malformed kid finds nothing. Found keys are kept for {@code tvegate.drm.customer-cache-ttl}, misses for at most
 * {@value TtlCache#MISS_TTL_SECONDS} s; admin changes in this process drop them at once.
 */
@ApplicationScoped
class PostgresContentKeyAdapter implements ContentKeyPort {

    private record CacheKey(long customerId, String kid) {
    }

    private final DrmContentKeyEntityRepository keys;
    private final DrmSecretSealer sealer;
    private final TtlCache<CacheKey, Optional<ContentKey>> cache;

    PostgresContentKeyAdapter(DrmContentKeyEntityRepository keys, DrmSecretSealer sealer, DrmConfig config) {
        this.keys = keys;
        this.sealer = sealer;
        this.cache = TtlCache.ofLookups(config.customerCacheTtl());
    }

    @Override
    public Uni<Optional<ContentKey>> find(long customerId, String kid) {
        Optional<String> normalised = KeyIds.normaliseKid(kid);
        if (normalised.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return cache.get(new CacheKey(customerId, normalised.get()), () -> Panache.withSession(
                () -> keys.findById(new DrmContentKeyEntity.Key(customerId, normalised.get()))
                        .map(row -> Optional.ofNullable(row).map(this::open))));
    }

    void invalidate(long customerId) {
        cache.invalidateIf(key -> key.customerId() == customerId);
    }

    private ContentKey open(DrmContentKeyEntity row) {
        byte[] key = sealer.openBytes(row.getKeySealed(),
                DrmSecretSealer.contentKeyContext(row.getCustomerId(), row.getKid()));
        return new ContentKey(row.getCustomerId(), row.getKid(), key, Optional.ofNullable(row.getResourceId()));
    }
}
