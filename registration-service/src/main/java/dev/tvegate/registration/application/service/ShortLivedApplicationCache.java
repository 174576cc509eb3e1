package dev.tvegate.registration.application.service;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.smallrye.mutiny.Uni;

/**
 * Remembers registered applications for a few seconds on the token endpoint's hot path. Every device of an app
 * version registers its own client with the same software statement, so thousands of token requests share one
 * application: caching it saves a database round trip per token. The time to live bounds how long a revoked
 * application's clients can still obtain tokens (default 2 s); zero disables the cache. Bounded in size; cleared
 * wholesale when full (entries are cheap to reload).
 */
public final class ShortLivedApplicationCache {

    static final int MAX_ENTRIES = 10_000;

    private record Entry(Optional<RegisteredApplication> application, long expiresAtNanos) {
    }

    private final ApplicationRepositoryPort applications;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public ShortLivedApplicationCache(ApplicationRepositoryPort applications, Duration ttl) {
        this(applications, ttl, System::nanoTime);
    }

    ShortLivedApplicationCache(ApplicationRepositoryPort applications, Duration ttl, LongSupplier nanoTime) {
        this.applications = applications;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    public Uni<Optional<RegisteredApplication>> findById(String id) {
        if (ttlNanos <= 0) {
            return applications.findById(id);
        }
        long now = nanoTime.getAsLong();
        Entry entry = entries.get(id);
        if (entry != null && now - entry.expiresAtNanos() < 0) {
            return Uni.createFrom().item(entry.application());
        }
        return applications.findById(id).invoke(found -> {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(id, new Entry(found, nanoTime.getAsLong() + ttlNanos));
        });
    }
}
