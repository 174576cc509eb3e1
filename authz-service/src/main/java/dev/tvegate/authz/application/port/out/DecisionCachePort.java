package dev.tvegate.authz.application.port.out;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.authz.domain.model.CachedDecision;
import io.smallrye.mutiny.Uni;

/** MVPD answers kept for the AuthZ TTL (shared by every replica). */
public interface DecisionCachePort {
    /** @return the cached answer; empty on a miss or when the cache cannot be read (the MVPD is asked then) */
    Uni<Optional<CachedDecision>> find(String key);

    /**
     * Reads several entries in one round trip (the decisions hot path: preauthorize asks up to 5 at once).
     *
     * @return the hits by key (misses absent); empty when the cache cannot be read (the MVPD is asked then)
     */
    Uni<Map<String, CachedDecision>> findAll(List<String> keys);

    /** Stores an answer for {@code ttl}; failures are logged, never raised. */
    Uni<Void> save(String key, CachedDecision decision, Duration ttl);
}
