package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

/** Admin operations on service providers (Adobe's "requestors"). */
public interface ManageServiceProvidersUseCase {
    /** @throws dev.tvegate.registration.domain.error.ConflictException if the id is taken */
    Uni<ServiceProvider> create(ServiceProviderCommand command);

    /** @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such service provider */
    Uni<ServiceProvider> update(ServiceProviderCommand command);

    /** @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such service provider */
    Uni<ServiceProvider> get(String id);

    Uni<List<ServiceProvider>> list();

    /**
     * Deletes the service provider and its integrations.
     *
     * @throws dev.tvegate.registration.domain.error.NotFoundException if there is no such service provider
     * @throws dev.tvegate.registration.domain.error.ConflictException while a registered application names it
     */
    Uni<Void> delete(String id);
}
