package dev.tvegate.authz.adapter.out.registration;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tvegate.authz.application.port.out.ConfigurationPort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.SpConfiguration;
import dev.tvegate.support.registration.ConfigurationCache;
import io.smallrye.mutiny.Uni;

/**
 * Service-provider configuration with an in-process cache (ARCHITECTURE.md §1: about 2 minutes,
 * {@code tvegate.authz.config-cache-ttl}). An unknown service provider is remembered for
 * {@code tvegate.authz.config-negative-cache-ttl}. While registration is unreachable the last good copy is served
 * (service-support's {@link ConfigurationCache}: single flight, WARN at most once a minute, 500 only for a service
 * provider never fetched before).
 */
@ApplicationScoped
public class CachedConfigurationAdapter implements ConfigurationPort {

    private static final Logger LOG = Logger.getLogger(CachedConfigurationAdapter.class);

    private final ConfigurationCache<SpConfiguration> cache;

    @Inject
    public CachedConfigurationAdapter(RegistrationConfigurationClient client, AuthzConfig config) {
        this(client, config.configCacheTtl(), config.configNegativeCacheTtl());
    }

    CachedConfigurationAdapter(RegistrationConfigurationClient client, Duration ttl, Duration negativeTtl) {
        this.cache = new ConfigurationCache<>(client::fetch, ttl, negativeTtl, LOG);
    }

    @Override
    public Uni<Optional<SpConfiguration>> find(String serviceProvider) {
        return cache.find(serviceProvider);
    }

    /** Forgets every cached configuration (tests, or an operator hook). */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
