package dev.tvegate.drm.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.DrmCustomerAdminPort;
import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.drm.domain.model.AuthenticatorInfo;
import dev.tvegate.drm.domain.model.ContentKeyInfo;
import dev.tvegate.drm.domain.model.CustomerSettings;
import dev.tvegate.drm.domain.model.CustomerSummary;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.SealingKeyInfo;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The admin side of drm-token's PostgreSQL store. Secrets are sealed before they reach an entity; authenticators
 * arrive hashed. After every change the hot-path caches of this process forget the customer.
 */
@ApplicationScoped
class PostgresDrmCustomerAdminAdapter implements DrmCustomerAdminPort {

    private static final int ID_ATTEMPTS = 100;

    private final DrmCustomerEntityRepository customers;
    private final DrmCustomerAuthenticatorEntityRepository authenticators;
    private final DrmExpressPlayCredentialEntityRepository credentials;
    private final DrmContentKeyEntityRepository contentKeys;
    private final DrmTokenSealingKeyEntityRepository sealingKeys;
    private final DrmSecretSealer sealer;
    private final PostgresCustomerDirectoryAdapter directory;
    private final PostgresContentKeyAdapter keyStore;
    private final PostgresTokenSealingKeyAdapter sealingKeyStore;

    PostgresDrmCustomerAdminAdapter(DrmCustomerEntityRepository customers,
            DrmCustomerAuthenticatorEntityRepository authenticators,
            DrmExpressPlayCredentialEntityRepository credentials, DrmContentKeyEntityRepository contentKeys,
            DrmTokenSealingKeyEntityRepository sealingKeys, DrmSecretSealer sealer,
            PostgresCustomerDirectoryAdapter directory, PostgresContentKeyAdapter keyStore,
            PostgresTokenSealingKeyAdapter sealingKeyStore) {
        this.customers = customers;
        this.authenticators = authenticators;
        this.credentials = credentials;
        this.contentKeys = contentKeys;
        this.sealingKeys = sealingKeys;
        this.sealer = sealer;
        this.directory = directory;
        this.keyStore = keyStore;
        this.sealingKeyStore = sealingKeyStore;
    }

    // ------------------------------------------------------------------------------------------------- customers

    @Override
    public Uni<CustomerSummary> create(OptionalLong id, CustomerSettings settings) {
        return Panache.withTransaction(() -> (id.isPresent() ? free(id.getAsLong()) : nextFreeId(ID_ATTEMPTS))
                .chain(customerId -> {
                    DrmCustomerEntity row = new DrmCustomerEntity();
                    row.setId(customerId);
                    DrmRowMapper.copyInto(settings, row);
                    Instant now = Instant.now();
                    row.setCreatedAt(now);
                    row.setUpdatedAt(now);
                    return customers.persistAndFlush(row);
                }))
                .onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> AdminRequestException.conflict(id.isPresent() ? "customer id " + id.getAsLong() + " is taken"
                        : "another customer took the same id at the same time: try again"))
                .map(row -> DrmRowMapper.summary(row, Set.of()))
                .invoke(created -> changed(created.id()));
    }

    /** Ids given on create may be ahead of the sequence: skip the ones already taken. */
    private Uni<Long> nextFreeId(int attempts) {
        return customers.getSession()
                .chain(s -> s.createNativeQuery("select nextval('drm_customer_id_seq')", Long.class).getSingleResult())
                .chain(candidate -> customers.findById(candidate).chain(taken -> {
                    if (taken == null) {
                        return Uni.createFrom().item(candidate);
                    }
                    if (attempts <= 1) {
                        return Uni.createFrom().failure(AdminRequestException.conflict("no free customer id"));
                    }
                    return nextFreeId(attempts - 1);
                }));
    }

    private Uni<Long> free(long id) {
        return customers.findById(id).map(taken -> {
            if (taken != null) {
                throw AdminRequestException.conflict("customer id " + id + " is taken");
            }
            return id;
        });
    }

    @Override
    public Uni<Optional<CustomerSummary>> find(long customerId) {
        return Panache.withSession(() -> customers.findById(customerId).chain(row -> row == null
                ? Uni.createFrom().item(Optional.<CustomerSummary> empty())
                : credentials.list("customerId", customerId)
                        .map(creds -> Optional.of(DrmRowMapper.summary(row, DrmRowMapper.environments(creds))))));
    }

    @Override
    public Uni<List<CustomerSummary>> list() {
        return Panache.withSession(() -> customers.listAll(Sort.by("id")).chain(rows -> credentials.listAll()
                .map(creds -> {
                    Map<Long, Set<Environment>> byCustomer = creds.stream().collect(Collectors.groupingBy(
                            DrmExpressPlayCredentialEntity::getCustomerId,
                            Collectors.mapping(c -> DrmRowMapper.environment(c.getEnvironment()),
                                    Collectors.toCollection(() -> EnumSet.noneOf(Environment.class)))));
                    return rows.stream().map(row -> DrmRowMapper.summary(row,
                            byCustomer.getOrDefault(row.getId(), Set.of()))).toList();
                })));
    }

    @Override
    public Uni<Optional<CustomerSummary>> update(long customerId, CustomerSettings settings) {
        return Panache.withTransaction(() -> customers.findById(customerId).chain(row -> {
            if (row == null) {
                return Uni.createFrom().item(Optional.<CustomerSummary> empty());
            }
            DrmRowMapper.copyInto(settings, row);
            row.setUpdatedAt(Instant.now());
            return customers.flush().chain(() -> credentials.list("customerId", customerId))
                    .map(creds -> Optional.of(DrmRowMapper.summary(row, DrmRowMapper.environments(creds))));
        })).invoke(() -> changed(customerId));
    }

    @Override
    public Uni<Boolean> delete(long customerId) {
        return changing(customerId, () -> customers.deleteById(customerId));
    }

    // -------------------------------------------------------------------------------------------- authenticators

    @Override
    public Uni<AuthenticatorInfo> addAuthenticator(long customerId, String id, Environment environment,
            byte[] sha256, String hint, String label) {
        DrmCustomerAuthenticatorEntity row = new DrmCustomerAuthenticatorEntity();
        row.setId(id);
        row.setCustomerId(customerId);
        row.setEnvironment(environment.id());
        row.setSha256(sha256);
        row.setHint(hint);
        row.setLabel(label);
        row.setCreatedAt(Instant.now());
        return changing(customerId, () -> authenticators.persistAndFlush(row)).map(DrmRowMapper::authenticator);
    }

    @Override
    public Uni<List<AuthenticatorInfo>> listAuthenticators(long customerId) {
        return Panache.withSession(() -> authenticators.list("customerId", Sort.by("createdAt").and("id"), customerId)
                .map(rows -> rows.stream().map(DrmRowMapper::authenticator).toList()));
    }

    @Override
    public Uni<Boolean> deleteAuthenticator(long customerId, String authenticatorId) {
        return changing(customerId, () -> authenticators
                .delete("customerId = ?1 and id = ?2", customerId, authenticatorId).map(n -> n > 0));
    }

    // --------------------------------------------------------------------------------- ExpressPlay credentials

    @Override
    public Uni<Void> setExpressPlayCredential(long customerId, Environment environment, String authenticator) {
        String sealed = sealer.seal(authenticator, DrmSecretSealer.credentialContext(customerId, environment));
        return changing(customerId, () -> credentials
                .findById(new DrmExpressPlayCredentialEntity.Key(customerId, environment.id())).chain(existing -> {
                    DrmExpressPlayCredentialEntity row = existing != null ? existing
                            : new DrmExpressPlayCredentialEntity();
                    row.setCustomerId(customerId);
                    row.setEnvironment(environment.id());
                    row.setAuthenticatorSealed(sealed);
                    row.setUpdatedAt(Instant.now());
                    return existing != null ? credentials.flush() : credentials.persistAndFlush(row).replaceWithVoid();
                }));
    }

    @Override
    public Uni<Boolean> clearExpressPlayCredential(long customerId, Environment environment) {
        return changing(customerId, () -> credentials
                .deleteById(new DrmExpressPlayCredentialEntity.Key(customerId, environment.id())));
    }

    // ------------------------------------------------------------------------------------------- content keys

    @Override
    public Uni<Boolean> putContentKey(long customerId, String kid, byte[] key, Optional<String> resourceId) {
        String sealed = sealer.seal(key, DrmSecretSealer.contentKeyContext(customerId, kid));
        return changing(customerId, () -> contentKeys.findById(new DrmContentKeyEntity.Key(customerId, kid))
                .chain(existing -> {
                    DrmContentKeyEntity row = existing != null ? existing : new DrmContentKeyEntity();
                    row.setCustomerId(customerId);
                    row.setKid(kid);
                    row.setKeySealed(sealed);
                    row.setResourceId(resourceId.orElse(null));
                    row.setCreatedAt(Instant.now());
                    return existing != null ? contentKeys.flush().replaceWith(false)
                            : contentKeys.persistAndFlush(row).replaceWith(true);
                }));
    }

    @Override
    public Uni<Optional<ContentKeyInfo>> findContentKey(long customerId, String kid) {
        return Panache.withSession(() -> contentKeys.findById(new DrmContentKeyEntity.Key(customerId, kid))
                .map(row -> Optional.ofNullable(row).map(DrmRowMapper::contentKey)));
    }

    @Override
    public Uni<List<ContentKeyInfo>> listContentKeys(long customerId) {
        return Panache.withSession(() -> contentKeys.list("customerId", Sort.by("kid"), customerId)
                .map(rows -> rows.stream().map(DrmRowMapper::contentKey).toList()));
    }

    @Override
    public Uni<Boolean> deleteContentKey(long customerId, String kid) {
        return changing(customerId, () -> contentKeys.deleteById(new DrmContentKeyEntity.Key(customerId, kid)));
    }

    // ------------------------------------------------------------------------------------------- sealing keys

    @Override
    public Uni<SealingKeyInfo> rotateSealingKey(long customerId, Environment environment) {
        return sealingKeyStore.rotate(customerId, environment)
                .onFailure(ConstraintViolations::isForeignKeyViolation)
                .transform(e -> AdminRequestException.notFound("no DRM customer " + customerId));
    }

    @Override
    public Uni<List<SealingKeyInfo>> listSealingKeys(long customerId) {
        return Panache.withSession(() -> sealingKeys
                .list("customerId = ?1 order by environment, generation desc", customerId).map(rows -> {
                    List<SealingKeyInfo> out = new ArrayList<>();
                    String previousEnvironment = null;
                    for (DrmTokenSealingKeyEntity row : rows) {
                        boolean current = !row.getEnvironment().equals(previousEnvironment);
                        previousEnvironment = row.getEnvironment();
                        out.add(new SealingKeyInfo(customerId, row.getKeyId(),
                                DrmRowMapper.environment(row.getEnvironment()), row.getCreatedAt(), current));
                    }
                    return out;
                }));
    }

    @Override
    public Uni<SealingKeyDeletion> deleteSealingKey(long customerId, int keyId) {
        return changing(customerId, () -> sealingKeys.findById(new DrmTokenSealingKeyEntity.Key(customerId, keyId))
                .chain(row -> {
                    if (row == null) {
                        return Uni.createFrom().item(SealingKeyDeletion.NOT_FOUND);
                    }
                    return sealingKeys.find("customerId = ?1 and environment = ?2 order by generation desc",
                            customerId, row.getEnvironment()).firstResult()
                            .chain(newest -> newest.getKeyId() == keyId
                                    ? Uni.createFrom().item(SealingKeyDeletion.CURRENT)
                                    : sealingKeys.delete(row).replaceWith(SealingKeyDeletion.DELETED));
                }));
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /**
     * Runs a write in a transaction, then makes this process's hot-path caches forget the customer. A write that
     * refers to a customer deleted meanwhile is a 404.
     */
    private <T> Uni<T> changing(long customerId, Supplier<Uni<T>> work) {
        return Panache.withTransaction(work).onFailure(ConstraintViolations::isForeignKeyViolation)
                .transform(e -> AdminRequestException.notFound("no DRM customer " + customerId))
                .invoke(() -> changed(customerId));
    }

    private void changed(long customerId) {
        directory.invalidate(customerId);
        keyStore.invalidate(customerId);
        sealingKeyStore.invalidate(customerId);
    }
}
