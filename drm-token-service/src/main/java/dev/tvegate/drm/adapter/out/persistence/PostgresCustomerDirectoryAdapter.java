package dev.tvegate.drm.adapter.out.persistence;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.CustomerDirectoryPort;
import dev.tvegate.drm.config.DrmConfig;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.Environment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Customers for the token hot path: the customer row, its authenticator hashes and its opened ExpressPlay
 * credentials, read in one session and kept for {@code tvegate.drm.customer-cache-ttl} (unknown ids for at most
 * {@value TtlCache#MISS_TTL_SECONDS} s). Admin changes made through this process drop the entry at once. Call on a Vert.x
 * context (as REST resources are).
 */
@ApplicationScoped
class PostgresCustomerDirectoryAdapter implements CustomerDirectoryPort {

    private final DrmCustomerEntityRepository customers;
    private final DrmCustomerAuthenticatorEntityRepository authenticators;
    private final DrmExpressPlayCredentialEntityRepository credentials;
    private final DrmSecretSealer sealer;
    private final TtlCache<Long, Optional<Customer>> cache;

    PostgresCustomerDirectoryAdapter(DrmCustomerEntityRepository customers,
            DrmCustomerAuthenticatorEntityRepository authenticators,
            DrmExpressPlayCredentialEntityRepository credentials, DrmSecretSealer sealer, DrmConfig config) {
        this.customers = customers;
        this.authenticators = authenticators;
        this.credentials = credentials;
        this.sealer = sealer;
        this.cache = TtlCache.ofLookups(config.customerCacheTtl());
    }

    @Override
    public Uni<Optional<Customer>> find(long customerId) {
        return cache.get(customerId, () -> Panache.withSession(() -> load(customerId)));
    }

    /** Drops what this process remembers of the customer (after an admin change). */
    void invalidate(long customerId) {
        cache.invalidateIf(id -> id == customerId);
    }

    private Uni<Optional<Customer>> load(long customerId) {
        return customers.findById(customerId).chain(row -> {
            if (row == null) {
                return Uni.createFrom().item(Optional.<Customer> empty());
            }
            return authenticators.list("customerId", customerId)
                    .chain(keys -> credentials.list("customerId", customerId).map(creds -> {
                        Map<Environment, String> opened = new EnumMap<>(Environment.class);
                        for (DrmExpressPlayCredentialEntity c : creds) {
                            Environment env = DrmRowMapper.environment(c.getEnvironment());
                            opened.put(env, sealer.open(c.getAuthenticatorSealed(),
                                    DrmSecretSealer.credentialContext(customerId, env)));
                        }
                        return Optional.of(DrmRowMapper.customer(row, keys, opened));
                    }));
        });
    }
}
