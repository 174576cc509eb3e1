package dev.tvegate.support.registration;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jboss.logging.Logger;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.id.Identifiers;
import io.smallrye.mutiny.Uni;

/**
 * Service-provider configuration from registration with an in-process cache (ARCHITECTURE.md §1: about 2 minutes).
 * An unknown service provider is remembered for the shorter negative TTL. Concurrent misses for one service provider
 * share one request. While registration is unreachable (or its breaker is open) the last good copy is served, with a
 * WARN at most once a minute; only a service provider never fetched before fails (500
 * {@code internal_server_error}). Ids that cannot be entity ids never cause a remote call.
 * <p>
 * Generic in the configuration type: each service keeps its own domain model and hands in a fetch that maps
 * registration's document to it. Not a bean: a service's configuration adapter creates one and delegates to it.
 *
 * @param <T> the service's view of a service provider's configuration
 */
public final class ConfigurationCache<T> {

    private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;
    /** Bound on remembered unknown service providers (ids come from request paths). */
    private static final int MAX_NEGATIVE_ENTRIES = 10_000;

    private record Entry<T>(Optional<T> value, long fetchedAtNanos) {
    }

    private final Function<String, Uni<Optional<T>>> fetch;
    private final long ttlNanos;
    private final long negativeTtlNanos;
    private final Logger log;
    private final Map<String, Entry<T>> cache = new ConcurrentHashMap<>();
    private final Map<String, Uni<Optional<T>>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

    /**
     * @param fetch asks registration: the configuration, empty for an unknown service provider, or a failure when
     *        registration cannot answer
     * @param ttl how long a found configuration is fresh
     * @param negativeTtl how long an unknown service provider is remembered
     * @param log the service adapter's logger
     */
    public ConfigurationCache(Function<String, Uni<Optional<T>>> fetch, Duration ttl, Duration negativeTtl,
            Logger log) {
        this.fetch = fetch;
        this.ttlNanos = ttl.toNanos();
        this.negativeTtlNanos = negativeTtl.toNanos();
        this.log = log;
    }

    public Uni<Optional<T>> find(String serviceProvider) {
        if (!Identifiers.isValidEntityId(serviceProvider)) {
            return Uni.createFrom().item(Optional.empty()); // cannot exist; never worth a remote call
        }
        Entry<T> entry = cache.get(serviceProvider);
        if (entry != null && isFresh(entry)) {
            return Uni.createFrom().item(entry.value());
        }
        return Uni.createFrom().deferred(() -> inFlight.computeIfAbsent(serviceProvider, this::load));
    }

    /** Forgets every cached configuration (tests, or an operator hook). */
    public void invalidateAll() {
        cache.clear();
    }

    private Uni<Optional<T>> load(String serviceProvider) {
        return fetch.apply(serviceProvider)
                .invoke(value -> remember(serviceProvider, value))
                .onFailure().recoverWithUni(failure -> lastGoodCopy(serviceProvider, failure))
                .onTermination().invoke(() -> inFlight.remove(serviceProvider))
                .memoize().indefinitely();
    }

    private void remember(String serviceProvider, Optional<T> value) {
        if (value.isEmpty() && cache.size() >= MAX_NEGATIVE_ENTRIES) {
            cache.values().removeIf(e -> e.value().isEmpty());
        }
        cache.put(serviceProvider, new Entry<>(value, System.nanoTime()));
    }

    private Uni<Optional<T>> lastGoodCopy(String serviceProvider, Throwable failure) {
        Entry<T> stale = cache.get(serviceProvider);
        warnAtMostOncePerMinute(serviceProvider, failure, stale != null);
        if (stale != null) {
            return Uni.createFrom().item(stale.value());
        }
        return Uni.createFrom().failure(new EnhancedErrorException(ErrorCode.INTERNAL_SERVER_ERROR,
                "The service provider configuration is temporarily unavailable."));
    }

    private boolean isFresh(Entry<T> entry) {
        long age = System.nanoTime() - entry.fetchedAtNanos();
        return age < (entry.value().isPresent() ? ttlNanos : negativeTtlNanos);
    }

    private void warnAtMostOncePerMinute(String serviceProvider, Throwable failure, boolean servedStale) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warnf("registration-service is unreachable (%s); %s for service provider %s (next warning in a minute"
                    + " at the earliest)", failure.toString(),
                    servedStale ? "serving the last good configuration" : "no configuration to serve",
                    serviceProvider);
        } else {
            log.debugf("registration unreachable for %s: %s", serviceProvider, failure.toString());
        }
    }
}
