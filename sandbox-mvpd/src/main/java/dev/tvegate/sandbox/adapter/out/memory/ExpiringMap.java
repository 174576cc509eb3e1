package dev.tvegate.sandbox.adapter.out.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * A bounded in-memory map whose entries expire. Expired entries are never returned and are purged when the map
 * grows; when it is full of live entries, new ones are refused rather than growing without bound.
 */
final class ExpiringMap<V> {

    private record Entry<V>(V value, Instant expiresAt) {
    }

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;

    ExpiringMap(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    void put(String key, V value, Instant expiresAt) {
        if (entries.size() >= capacity) {
            purgeExpired();
            if (entries.size() >= capacity) {
                throw new IllegalStateException("in-memory store full (" + capacity + " live entries)");
            }
        }
        entries.put(key, new Entry<>(value, expiresAt));
    }

    Optional<V> get(String key) {
        Entry<V> entry = entries.get(key);
        return entry == null || isExpired(entry) ? Optional.empty() : Optional.of(entry.value());
    }

    /** @return the live value, removed atomically */
    Optional<V> remove(String key) {
        Entry<V> entry = entries.remove(key);
        return entry == null || isExpired(entry) ? Optional.empty() : Optional.of(entry.value());
    }

    void removeIf(BiPredicate<String, V> predicate) {
        entries.entrySet().removeIf(e -> predicate.test(e.getKey(), e.getValue().value()));
    }

    int size() {
        return entries.size();
    }

    private void purgeExpired() {
        entries.values().removeIf(this::isExpired);
    }

    private boolean isExpired(Entry<V> entry) {
        return !clock.instant().isBefore(entry.expiresAt());
    }
}
