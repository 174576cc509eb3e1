package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PostgresServiceProviderRepositoryAdapter implements ServiceProviderRepositoryPort {

    private final ServiceProviderEntityRepository repository;
    private final ServiceProviderMapper mapper;
    private final ReactivePersistence persistence;

    public PostgresServiceProviderRepositoryAdapter(ServiceProviderEntityRepository repository,
            ServiceProviderMapper mapper,
            ReactivePersistence persistence) {
        this.repository = repository;
        this.mapper = mapper;
        this.persistence = persistence;
    }

    @Override
    public Uni<Optional<ServiceProvider>> findById(String id) {
        return persistence.withSession(() -> repository.findById(id).map(e -> Optional.ofNullable(e).map(mapper::toDomain)));
    }

    @Override
    public Uni<List<ServiceProvider>> findAll() {
        return persistence
                .withSession(() -> repository.listAll(Sort.by("id")).map(list -> list.stream().map(mapper::toDomain).toList()));
    }

    @Override
    public Uni<ServiceProvider> save(ServiceProvider sp) {
        return persistence.withTransaction(() -> {
            Instant now = Instant.now();
            return repository.findById(sp.id()).flatMap(existing -> {
                ServiceProviderEntity e = existing != null ? existing : new ServiceProviderEntity();
                mapper.copyInto(sp, e);
                e.setUpdatedAt(now);
                if (existing != null) {
                    return repository.flush().replaceWith(e);
                }
                e.setCreatedAt(now);
                return repository.persistAndFlush(e);
            }).map(mapper::toDomain).onFailure(PersistenceErrors::isConstraintViolation)
                    .transform(PersistenceErrors.conflict("service provider '" + sp.id() + "' was changed concurrently"));
        });
    }

    @Override
    public Uni<Boolean> delete(String id) {
        return persistence.withTransaction(() -> repository.deleteById(id));
    }
}
