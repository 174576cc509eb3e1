package dev.tvegate.registration.application.port.out;

import java.util.Optional;

import dev.tvegate.registration.domain.model.DcrClient;
import io.smallrye.mutiny.Uni;

public interface ClientRepositoryPort {
    Uni<Optional<DcrClient>> findById(String clientId);

    Uni<DcrClient> save(DcrClient client);
}
