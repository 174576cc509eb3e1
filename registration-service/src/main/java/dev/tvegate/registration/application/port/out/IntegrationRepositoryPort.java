package dev.tvegate.registration.application.port.out;

import java.util.List;
import java.util.Optional;

import dev.tvegate.registration.domain.model.Integration;
import io.smallrye.mutiny.Uni;

public interface IntegrationRepositoryPort {
    Uni<Optional<Integration>> find(String serviceProviderId, String mvpdId);

    Uni<List<Integration>> findByServiceProvider(String serviceProviderId);

    Uni<List<Integration>> findByMvpd(String mvpdId);

    Uni<Integration> save(Integration integration);

    Uni<Boolean> delete(String serviceProviderId, String mvpdId);
}
