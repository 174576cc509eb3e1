package dev.tvegate.registration.adapter.out.persistence;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.domain.model.DcrClient;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** DCR client credentials (R2's registration and token endpoints use this port). */
@ApplicationScoped
public class PostgresClientRepositoryAdapter implements ClientRepositoryPort {

    private final DcrClientEntityRepository repository;
    private final DcrClientMapper mapper;

    public PostgresClientRepositoryAdapter(DcrClientEntityRepository repository, DcrClientMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    @WithSession
    public Uni<Optional<DcrClient>> findById(String clientId) {
        return repository.findById(clientId).map(e -> Optional.ofNullable(e).map(mapper::toDomain));
    }

    @Override
    @WithTransaction
    public Uni<DcrClient> save(DcrClient client) {
        return repository.findById(client.clientId()).flatMap(existing -> {
            DcrClientEntity e = existing != null ? existing : new DcrClientEntity();
            mapper.copyInto(client, e);
            return existing != null ? repository.flush().replaceWith(e) : repository.persistAndFlush(e);
        }).map(mapper::toDomain).onFailure(PersistenceErrors::isConstraintViolation)
                .transform(PersistenceErrors.conflict("DCR client '" + client.clientId()
                        + "' conflicts with an existing one, or its application was deleted"));
    }
}
