package dev.tvegate.drm.adapter.out.persistence;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * A small in-process read-through cache for the token hot path: each value lives for the TTL its loader's result
 * asks for (so misses can be kept shorter than hits), is dropped at once by {@link #invalidateIf}, and a load that
 * raced with an invalidation is not stored. Bounded: cleared when full. Failed loads are not cached.
 */
final class TtlCache<K, V> {

    static final long MISS_TTL_SECONDS = 2;
    private static final int MAX_ENTRIES = 50_000;

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();
    private final Function<V, Duration> ttl;

    /** @param ttl how long a loaded value is kept (zero or negative: not kept) */
    TtlCache(Function<V, Duration> ttl) {
        this.ttl = ttl;
    }

    Uni<V> get(K key, Supplier<Uni<V>> loader) {
        Entry<V> hit = entries.get(key);
        if (hit != null && hit.expiresAtNanos() - System.nanoTime() > 0) {
            return Uni.createFrom().item(hit.value());
        }
        long epoch = invalidations.get();
        return Uni.createFrom().deferred(() -> loader.get()).invoke(value -> {
            long keepNanos = ttl.apply(value).toNanos();
            if (keepNanos > 0 && invalidations.get() == epoch) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, new Entry<>(value, System.nanoTime() + keepNanos));
            }
        });
    }

    /**
     * A cache of look-ups: found values live {@code hitTtl}, misses at most {@value #MISS_TTL_SECONDS} s (an id that
     * was just created elsewhere shows soon).
     */
    static <K, T> TtlCache<K, Optional<T>> ofLookups(Duration hitTtl) {
        Duration miss = Duration.ofSeconds(MISS_TTL_SECONDS);
        Duration missTtl = hitTtl.compareTo(miss) < 0 ? hitTtl : miss;
        return new TtlCache<>(found -> found.isPresent() ? hitTtl : missTtl);
    }

    void invalidateIf(Predicate<K> matching) {
        invalidations.incrementAndGet();
        entries.keySet().removeIf(matching);
    }
}
