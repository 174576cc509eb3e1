package dev.tvegate.registration.adapter.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.MvpdRepositoryPort;
import dev.tvegate.registration.domain.model.Mvpd;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PostgresMvpdRepositoryAdapter implements MvpdRepositoryPort {

    private final MvpdEntityRepository repository;
    private final MvpdMapper mapper;
    private final ReactivePersistence persistence;

    public PostgresMvpdRepositoryAdapter(MvpdEntityRepository repository, MvpdMapper mapper,
            ReactivePersistence persistence) {
        this.repository = repository;
        this.mapper = mapper;
        this.persistence = persistence;
    }

    @Override
    public Uni<Optional<Mvpd>> findById(String id) {
        return persistence.withSession(() -> repository.findById(id).map(e -> Optional.ofNullable(e).map(mapper::toDomain)));
    }

    @Override
    public Uni<List<Mvpd>> findAll() {
        return persistence
                .withSession(() -> repository.listAll(Sort.by("id")).map(list -> list.stream().map(mapper::toDomain).toList()));
    }

    @Override
    public Uni<List<Mvpd>> findByIds(Collection<String> ids) {
        return persistence.withSession(() -> {
            if (ids.isEmpty()) {
                return Uni.createFrom().item(List.of());
            }
            return repository.list("id in ?1", Sort.by("id"), List.copyOf(ids))
                    .map(list -> list.stream().map(mapper::toDomain).toList());
        });
    }

    @Override
    public Uni<Mvpd> save(Mvpd mvpd) {
        return persistence.withTransaction(() -> {
            Instant now = Instant.now();
            return repository.findById(mvpd.id()).flatMap(existing -> {
                MvpdEntity e = existing != null ? existing : new MvpdEntity();
                mapper.copyInto(mvpd, e);
                e.setUpdatedAt(now);
                if (existing != null) {
                    return repository.flush().replaceWith(e);
                }
                e.setCreatedAt(now);
                return repository.persistAndFlush(e);
            }).map(mapper::toDomain).onFailure(PersistenceErrors::isConstraintViolation)
                    .transform(PersistenceErrors.conflict("MVPD '" + mvpd.id() + "' was changed concurrently"));
        });
    }

    @Override
    public Uni<Boolean> delete(String id) {
        return persistence.withTransaction(() -> repository.deleteById(id).onFailure(PersistenceErrors::isConstraintViolation)
                .transform(PersistenceErrors.conflict("MVPD '" + id + "' is still integrated")));
    }
}
