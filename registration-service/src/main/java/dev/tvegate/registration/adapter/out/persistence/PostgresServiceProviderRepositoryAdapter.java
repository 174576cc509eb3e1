package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PostgresServiceProviderRepositoryAdapter implements ServiceProviderRepositoryPort {

    private final ServiceProviderEntityRepository repository;
    private final ServiceProviderMapper mapper;

    public PostgresServiceProviderRepositoryAdapter(ServiceProviderEntityRepository repository,
            ServiceProviderMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    @WithSession
    public Uni<Optional<ServiceProvider>> findById(String id) {
        return repository.findById(id).map(e -> Optional.ofNullable(e).map(mapper::toDomain));
    }

    @Override
    @WithSession
    public Uni<List<ServiceProvider>> findAll() {
        return repository.listAll(Sort.by("id")).map(list -> list.stream().map(mapper::toDomain).toList());
    }

    @Override
    @WithTransaction
    public Uni<ServiceProvider> save(ServiceProvider sp) {
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
    }

    @Override
    @WithTransaction
    public Uni<Boolean> delete(String id) {
        return repository.deleteById(id);
    }
}
