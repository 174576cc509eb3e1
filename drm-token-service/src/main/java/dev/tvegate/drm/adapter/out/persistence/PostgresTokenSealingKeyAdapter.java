package dev.tvegate.drm.adapter.out.persistence;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.TokenSealingKeyPort;
import dev.tvegate.drm.config.DrmConfig;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.SealingKeyInfo;
import dev.tvegate.drm.domain.model.TokenSealingKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Token-sealing keys: 32 CSPRNG bytes with a random non-zero 32-bit id, sealed at rest. The current key of a customer
 * in an environment is the one with the highest {@code generation}; the first one is created on demand with
 * {@code insert … on conflict do nothing} (two replicas asking at once end up with the same key), a rotation inserts
 * {@code max(generation) + 1} and retries if another rotation or an id collision got there first. Opened keys are
 * kept in process for {@code tvegate.drm.customer-cache-ttl} (the bytes never change; the TTL bounds how long a key
 * rotated or deleted on another replica is still used here).
 */
@ApplicationScoped
class PostgresTokenSealingKeyAdapter implements TokenSealingKeyPort {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 5;
    private static final String INSERT = "insert into drm_token_sealing_key"
            + " (customer_id, key_id, environment, generation, secret_enc, created_at) ";
    private static final String INSERT_FIRST = INSERT + "values (:c, :k, :e, 1, :s, now())"
            + " on conflict (customer_id, environment, generation) do nothing";
    private static final String INSERT_NEXT = INSERT + "select :c, :k, :e, coalesce(max(generation), 0) + 1, :s, now()"
            + " from drm_token_sealing_key where customer_id = :c and environment = :e";
    private static final String NEWEST = "customerId = ?1 and environment = ?2 order by generation desc";

    private record CurrentKey(long customerId, Environment environment) {
    }

    private record ById(long customerId, int keyId) {
    }

    private final DrmTokenSealingKeyEntityRepository keys;
    private final DrmSecretSealer sealer;
    private final TtlCache<CurrentKey, TokenSealingKey> current;
    private final TtlCache<ById, Optional<TokenSealingKey>> byId;

    PostgresTokenSealingKeyAdapter(DrmTokenSealingKeyEntityRepository keys, DrmSecretSealer sealer,
            DrmConfig config) {
        this.keys = keys;
        this.sealer = sealer;
        Duration ttl = config.customerCacheTtl();
        this.current = new TtlCache<>(key -> ttl);
        this.byId = TtlCache.ofLookups(ttl);
    }

    @Override
    public Uni<TokenSealingKey> current(long customerId, Environment environment) {
        return current.get(new CurrentKey(customerId, environment), () -> inTransaction(() -> newest(customerId,
                environment).chain(
                        found -> found != null ? Uni.createFrom().item(found)
                                : insert(INSERT_FIRST, customerId, environment).chain(() -> newest(customerId, environment))))
                .map(this::open));
    }

    @Override
    public Uni<Optional<TokenSealingKey>> find(long customerId, int keyId) {
        return byId.get(new ById(customerId, keyId), () -> Panache.withSession(
                () -> keys.findById(new DrmTokenSealingKeyEntity.Key(customerId, keyId))
                        .map(row -> Optional.ofNullable(row).map(this::open))));
    }

    /** Creates a new key that becomes the current one of the environment. */
    Uni<SealingKeyInfo> rotate(long customerId, Environment environment) {
        return inTransaction(() -> insert(INSERT_NEXT, customerId, environment)
                .chain(() -> newest(customerId, environment)))
                .map(row -> new SealingKeyInfo(customerId, row.getKeyId(), environment, row.getCreatedAt(), true))
                .invoke(() -> invalidate(customerId));
    }

    void invalidate(long customerId) {
        current.invalidateIf(key -> key.customerId() == customerId);
        byId.invalidateIf(key -> key.customerId() == customerId);
    }

    /** A fresh transaction per attempt; a unique violation (concurrent rotation, key-id collision) retries. */
    private static <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(work))
                .onFailure(ConstraintViolations::isUniqueViolation).retry().atMost(ATTEMPTS);
    }

    private Uni<DrmTokenSealingKeyEntity> newest(long customerId, Environment environment) {
        return keys.find(NEWEST, customerId, environment.id()).firstResult();
    }

    private Uni<Integer> insert(String sql, long customerId, Environment environment) {
        int keyId = randomKeyId();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String sealed = sealer.seal(secret, DrmSecretSealer.sealingKeyContext(customerId, keyId));
        return keys.getSession().chain(session -> session.createNativeQuery(sql).setParameter("c", customerId)
                .setParameter("k", keyId).setParameter("e", environment.id()).setParameter("s", sealed)
                .executeUpdate());
    }

    private static int randomKeyId() {
        int id;
        do {
            id = RANDOM.nextInt();
        } while (id == 0);
        return id;
    }

    private TokenSealingKey open(DrmTokenSealingKeyEntity row) {
        byte[] secret = sealer.openBytes(row.getSecretSealed(),
                DrmSecretSealer.sealingKeyContext(row.getCustomerId(), row.getKeyId()));
        return new TokenSealingKey(row.getCustomerId(), row.getKeyId(), DrmRowMapper.environment(row.getEnvironment()),
                secret, row.getCreatedAt());
    }
}
