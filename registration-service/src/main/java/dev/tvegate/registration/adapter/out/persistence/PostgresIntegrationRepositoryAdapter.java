package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.IntegrationRepositoryPort;
import dev.tvegate.registration.domain.model.Integration;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PostgresIntegrationRepositoryAdapter implements IntegrationRepositoryPort {

    private final IntegrationEntityRepository repository;
    private final IntegrationMapper mapper;
    private final ReactivePersistence persistence;

    public PostgresIntegrationRepositoryAdapter(IntegrationEntityRepository repository, IntegrationMapper mapper,
            ReactivePersistence persistence) {
        this.repository = repository;
        this.mapper = mapper;
        this.persistence = persistence;
    }

    @Override
    public Uni<Optional<Integration>> find(String serviceProviderId, String mvpdId) {
        return persistence.withSession(() -> repository.findById(new IntegrationEntity.Key(serviceProviderId, mvpdId))
                .map(e -> Optional.ofNullable(e).map(mapper::toDomain)));
    }

    @Override
    public Uni<List<Integration>> findByServiceProvider(String serviceProviderId) {
        return persistence.withSession(() -> repository.list("serviceProviderId", Sort.by("mvpdId"), serviceProviderId)
                .map(list -> list.stream().map(mapper::toDomain).toList()));
    }

    @Override
    public Uni<List<Integration>> findByMvpd(String mvpdId) {
        return persistence.withSession(() -> repository.list("mvpdId", Sort.by("serviceProviderId"), mvpdId)
                .map(list -> list.stream().map(mapper::toDomain).toList()));
    }

    @Override
    public Uni<Integration> save(Integration integration) {
        return persistence.withTransaction(() -> {
            Instant now = Instant.now();
            IntegrationEntity.Key key = new IntegrationEntity.Key(integration.serviceProviderId(), integration.mvpdId());
            return repository.findById(key).flatMap(existing -> {
                IntegrationEntity e = existing != null ? existing : new IntegrationEntity();
                mapper.copyInto(integration, e);
                e.setUpdatedAt(now);
                if (existing != null) {
                    return repository.flush().replaceWith(e);
                }
                e.setCreatedAt(now);
                return repository.persistAndFlush(e);
            }).map(mapper::toDomain).onFailure(PersistenceErrors::isConstraintViolation)
                    .transform(PersistenceErrors.conflict("integration " + integration.serviceProviderId() + "/"
                            + integration.mvpdId() + " was changed concurrently, or its service provider or MVPD was"
                            + " deleted"));
        });
    }

    @Override
    public Uni<Boolean> delete(String serviceProviderId, String mvpdId) {
        return persistence.withTransaction(() -> repository.deleteById(new IntegrationEntity.Key(serviceProviderId, mvpdId)));
    }
}
