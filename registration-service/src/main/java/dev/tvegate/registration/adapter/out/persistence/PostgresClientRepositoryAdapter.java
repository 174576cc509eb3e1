package dev.tvegate.registration.adapter.out.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.domain.model.DcrClient;
import io.smallrye.mutiny.Uni;

/** DCR client credentials (R2's registration and token endpoints use this port). */
@ApplicationScoped
public class PostgresClientRepositoryAdapter implements ClientRepositoryPort {

    private final DcrClientEntityRepository repository;
    private final DcrClientMapper mapper;
    private final ReactivePersistence persistence;

    public PostgresClientRepositoryAdapter(DcrClientEntityRepository repository, DcrClientMapper mapper,
            ReactivePersistence persistence) {
        this.repository = repository;
        this.mapper = mapper;
        this.persistence = persistence;
    }

    @Override
    public Uni<Optional<DcrClient>> findById(String clientId) {
        return persistence
                .withSession(() -> repository.findById(clientId).map(e -> Optional.ofNullable(e).map(mapper::toDomain)));
    }

    @Override
    public Uni<DcrClient> save(DcrClient client) {
        return persistence.withTransaction(() -> {
            return repository.findById(client.clientId()).flatMap(existing -> {
                DcrClientEntity e = existing != null ? existing : new DcrClientEntity();
                mapper.copyInto(client, e);
                return existing != null ? repository.flush().replaceWith(e) : repository.persistAndFlush(e);
            }).map(mapper::toDomain).onFailure(PersistenceErrors::isConstraintViolation)
                    .transform(PersistenceErrors.conflict("DCR client '" + client.clientId()
                            + "' conflicts with an existing one, or its application was deleted"));
        });
    }
}
