package dev.tvegate.registration.application.port.out;

import java.util.List;
import java.util.Optional;

import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.smallrye.mutiny.Uni;

public interface ApplicationRepositoryPort {
    Uni<Optional<RegisteredApplication>> findById(String id);

    Uni<Optional<RegisteredApplication>> findByLegacyPublicKey(String publicKey);

    Uni<List<RegisteredApplication>> findAll();

    /** @return the applications whose {@code serviceProviders} include the given one */
    Uni<List<RegisteredApplication>> findByServiceProvider(String serviceProviderId);

    Uni<RegisteredApplication> save(RegisteredApplication app);

    Uni<Boolean> delete(String id);
}
