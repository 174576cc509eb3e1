package dev.tvegate.registration.application.port.in;

import java.util.Optional;

import io.smallrye.mutiny.Uni;

/** The configuration of a service provider as clients (spec §4.1, v1 config) and the other services read it. */
public interface GetConfigurationUseCase {
    /** @return the service provider with its <em>enabled</em> integrations, or empty if it does not exist */
    Uni<Optional<ServiceProviderConfiguration>> publicConfiguration(String serviceProviderId);

    /**
     * @return the service provider with every integration, enabled or not, and the full MVPD records (secrets
     *         included) for the suite's internal callers, or empty if it does not exist
     */
    Uni<Optional<ServiceProviderConfiguration>> fullConfiguration(String serviceProviderId);
}
