package dev.tvegate.authz.application.port.out;

import java.time.Duration;
import java.util.Optional;

import dev.tvegate.authz.domain.model.CachedDecision;
import io.smallrye.mutiny.Uni;

/** MVPD answers kept for the AuthZ TTL (shared by every replica). */
public interface DecisionCachePort {
    /** @return the cached answer; empty on a miss or when the cache cannot be read (the MVPD is asked then) */
    Uni<Optional<CachedDecision>> find(String key);

    /** Stores an answer for {@code ttl}; failures are logged, never raised. */
    Uni<Void> save(String key, CachedDecision decision, Duration ttl);
}
