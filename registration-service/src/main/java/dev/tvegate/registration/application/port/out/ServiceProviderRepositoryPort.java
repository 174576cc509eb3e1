package dev.tvegate.registration.application.port.out;

import java.util.List;
import java.util.Optional;

import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

public interface ServiceProviderRepositoryPort {
    Uni<Optional<ServiceProvider>> findById(String id);

    Uni<List<ServiceProvider>> findAll();

    /** Inserts or replaces. */
    Uni<ServiceProvider> save(ServiceProvider sp);

    /** @return {@code true} if something was deleted */
    Uni<Boolean> delete(String id);
}
