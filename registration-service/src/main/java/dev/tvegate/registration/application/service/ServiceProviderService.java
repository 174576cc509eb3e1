package dev.tvegate.registration.application.service;

import java.util.List;

import dev.tvegate.registration.application.port.in.ManageServiceProvidersUseCase;
import dev.tvegate.registration.application.port.in.ServiceProviderCommand;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.domain.error.ConflictException;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

public class ServiceProviderService implements ManageServiceProvidersUseCase {

    static final String ENTITY = "service provider";

    private final ServiceProviderRepositoryPort serviceProviders;
    private final ApplicationRepositoryPort applications;

    public ServiceProviderService(ServiceProviderRepositoryPort serviceProviders,
            ApplicationRepositoryPort applications) {
        this.serviceProviders = serviceProviders;
        this.applications = applications;
    }

    @Override
    public Uni<ServiceProvider> create(ServiceProviderCommand command) {
        return serviceProviders.findById(command.id()).flatMap(existing -> {
            if (existing.isPresent()) {
                return Uni.createFrom().failure(
                        new ConflictException(ENTITY + " '" + command.id() + "' already exists"));
            }
            return serviceProviders.save(command.toServiceProvider());
        });
    }

    @Override
    public Uni<ServiceProvider> update(ServiceProviderCommand command) {
        return get(command.id()).flatMap(existing -> serviceProviders.save(command.toServiceProvider()));
    }

    @Override
    public Uni<ServiceProvider> get(String id) {
        return serviceProviders.findById(id)
                .map(found -> found.orElseThrow(() -> new NotFoundException(ENTITY, id)));
    }

    @Override
    public Uni<List<ServiceProvider>> list() {
        return serviceProviders.findAll();
    }

    @Override
    public Uni<Void> delete(String id) {
        return get(id).flatMap(sp -> applications.findByServiceProvider(id)).flatMap(apps -> {
            if (!apps.isEmpty()) {
                List<String> ids = apps.stream().map(RegisteredApplication::id).sorted().toList();
                return Uni.createFrom().failure(new ConflictException(ENTITY + " '" + id
                        + "' is used by registered application(s) " + ids
                        + "; delete them or remove the service provider from them first"));
            }
            return serviceProviders.delete(id).replaceWithVoid();
        });
    }
}
