package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PostgresApplicationRepositoryAdapter implements ApplicationRepositoryPort {

    /** Applications naming a service provider: the JSON array column contains the id as a JSON string. */
    private static final String BY_SERVICE_PROVIDER = "select * from registered_application"
            + " where cast(service_providers as jsonb) @> jsonb_build_array(cast(:sp as text)) order by id";

    private final RegisteredApplicationEntityRepository repository;
    private final RegisteredApplicationMapper mapper;
    private final ReactivePersistence persistence;

    public PostgresApplicationRepositoryAdapter(RegisteredApplicationEntityRepository repository,
            RegisteredApplicationMapper mapper,
            ReactivePersistence persistence) {
        this.repository = repository;
        this.mapper = mapper;
        this.persistence = persistence;
    }

    @Override
    public Uni<Optional<RegisteredApplication>> findById(String id) {
        return persistence.withSession(() -> repository.findById(id).map(e -> Optional.ofNullable(e).map(mapper::toDomain)));
    }

    @Override
    public Uni<Optional<RegisteredApplication>> findByLegacyPublicKey(String publicKey) {
        return persistence.withSession(() -> repository.find("legacyPublicKey", publicKey).firstResult()
                .map(e -> Optional.ofNullable(e).map(mapper::toDomain)));
    }

    @Override
    public Uni<List<RegisteredApplication>> findAll() {
        return persistence.withSession(() -> repository.listAll(Sort.by("createdAt").and("id"))
                .map(list -> list.stream().map(mapper::toDomain).toList()));
    }

    @Override
    public Uni<List<RegisteredApplication>> findByServiceProvider(String serviceProviderId) {
        return persistence.withSession(() -> repository.getSession()
                .flatMap(session -> session
                        .createNativeQuery(BY_SERVICE_PROVIDER, RegisteredApplicationEntity.class)
                        .setParameter("sp", serviceProviderId).getResultList())
                .map(list -> list.stream().map(mapper::toDomain).toList()));
    }

    @Override
    public Uni<RegisteredApplication> save(RegisteredApplication app) {
        return persistence.withTransaction(() -> {
            Instant now = Instant.now();
            return repository.findById(app.id()).flatMap(existing -> {
                RegisteredApplicationEntity e = existing != null ? existing : new RegisteredApplicationEntity();
                mapper.copyInto(app, e);
                e.setUpdatedAt(now);
                if (existing != null) {
                    return repository.flush().replaceWith(e);
                }
                e.setCreatedAt(app.createdAt() != null ? app.createdAt() : now);
                return repository.persistAndFlush(e);
            }).map(mapper::toDomain).onFailure(PersistenceErrors::isConstraintViolation)
                    .transform(PersistenceErrors.conflict("registered application '" + app.id()
                            + "' conflicts with an existing one (id or legacy public key)"));
        });
    }

    @Override
    public Uni<Boolean> delete(String id) {
        return persistence.withTransaction(() -> repository.deleteById(id));
    }
}
