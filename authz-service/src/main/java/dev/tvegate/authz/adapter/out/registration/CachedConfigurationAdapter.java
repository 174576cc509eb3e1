package dev.tvegate.authz.adapter.out.registration;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tvegate.authz.application.port.out.ConfigurationPort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.SpConfiguration;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.id.Identifiers;
import io.smallrye.mutiny.Uni;

/**
 * Service-provider configuration with an in-process cache (ARCHITECTURE.md §1: about 2 minutes,
 * {@code tvegate.authz.config-cache-ttl}). An unknown service provider is remembered for
 * {@code tvegate.authz.config-negative-cache-ttl}. Concurrent misses for one service provider share one request.
 * While registration is unreachable (or its breaker is open) the last good copy is served, with a WARN at most once a
 * minute; only a service provider never fetched before fails (500 {@code internal_server_error}).
 */
@ApplicationScoped
public class CachedConfigurationAdapter implements ConfigurationPort {

    private static final Logger LOG = Logger.getLogger(CachedConfigurationAdapter.class);
    private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;
    /** Bound on remembered unknown service providers (ids come from request paths). */
    private static final int MAX_NEGATIVE_ENTRIES = 10_000;

    private record Entry(Optional<SpConfiguration> value, long fetchedAtNanos) {
    }

    private final RegistrationConfigurationClient client;
    private final long ttlNanos;
    private final long negativeTtlNanos;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Uni<Optional<SpConfiguration>>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

    @Inject
    public CachedConfigurationAdapter(RegistrationConfigurationClient client, AuthzConfig config) {
        this(client, config.configCacheTtl(), config.configNegativeCacheTtl());
    }

    CachedConfigurationAdapter(RegistrationConfigurationClient client, Duration ttl, Duration negativeTtl) {
        this.client = client;
        this.ttlNanos = ttl.toNanos();
        this.negativeTtlNanos = negativeTtl.toNanos();
    }

    @Override
    public Uni<Optional<SpConfiguration>> find(String serviceProvider) {
        if (!Identifiers.isValidEntityId(serviceProvider)) {
            return Uni.createFrom().item(Optional.empty()); // cannot exist; never worth a remote call
        }
        Entry entry = cache.get(serviceProvider);
        if (entry != null && isFresh(entry)) {
            return Uni.createFrom().item(entry.value());
        }
        return Uni.createFrom().deferred(() -> inFlight.computeIfAbsent(serviceProvider, this::load));
    }

    /** Forgets every cached configuration (tests, or an operator hook). */
    public void invalidateAll() {
        cache.clear();
    }

    private Uni<Optional<SpConfiguration>> load(String serviceProvider) {
        return client.fetch(serviceProvider)
                .invoke(value -> remember(serviceProvider, value))
                .onFailure().recoverWithUni(failure -> lastGoodCopy(serviceProvider, failure))
                .onTermination().invoke(() -> inFlight.remove(serviceProvider))
                .memoize().indefinitely();
    }

    private void remember(String serviceProvider, Optional<SpConfiguration> value) {
        if (value.isEmpty() && cache.size() >= MAX_NEGATIVE_ENTRIES) {
            cache.values().removeIf(e -> e.value().isEmpty());
        }
        cache.put(serviceProvider, new Entry(value, System.nanoTime()));
    }

    private Uni<Optional<SpConfiguration>> lastGoodCopy(String serviceProvider, Throwable failure) {
        Entry stale = cache.get(serviceProvider);
        warnAtMostOncePerMinute(serviceProvider, failure, stale != null);
        if (stale != null) {
            return Uni.createFrom().item(stale.value());
        }
        return Uni.createFrom().failure(new EnhancedErrorException(ErrorCode.INTERNAL_SERVER_ERROR,
                "The service provider configuration is temporarily unavailable."));
    }

    private boolean isFresh(Entry entry) {
        long age = System.nanoTime() - entry.fetchedAtNanos();
        return age < (entry.value().isPresent() ? ttlNanos : negativeTtlNanos);
    }

    private void warnAtMostOncePerMinute(String serviceProvider, Throwable failure, boolean servedStale) {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("registration-service is unreachable (%s); %s for service provider %s (next warning in a minute"
                    + " at the earliest)", failure.toString(),
                    servedStale ? "serving the last good configuration" : "no configuration to serve",
                    serviceProvider);
        } else {
            LOG.debugf("registration unreachable for %s: %s", serviceProvider, failure.toString());
        }
    }
}
