package dev.tvegate.registration.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tvegate.registration.application.port.in.GetConfigurationUseCase;
import dev.tvegate.registration.application.port.in.ManageApplicationsUseCase;
import dev.tvegate.registration.application.port.in.ManageIntegrationsUseCase;
import dev.tvegate.registration.application.port.in.ManageMvpdsUseCase;
import dev.tvegate.registration.application.port.in.ManageServiceProvidersUseCase;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.IntegrationRepositoryPort;
import dev.tvegate.registration.application.port.out.MvpdRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.application.service.ApplicationService;
import dev.tvegate.registration.application.service.ConfigurationService;
import dev.tvegate.registration.application.service.IntegrationService;
import dev.tvegate.registration.application.service.MvpdService;
import dev.tvegate.registration.application.service.ServiceProviderService;

/** Wires the catalogue use cases (plain classes of the application layer) to their ports. */
@ApplicationScoped
public class CatalogueUseCaseProducers {

    @Produces
    @Singleton
    ManageServiceProvidersUseCase serviceProviders(ServiceProviderRepositoryPort serviceProviders,
            ApplicationRepositoryPort applications) {
        return new ServiceProviderService(serviceProviders, applications);
    }

    @Produces
    @Singleton
    ManageMvpdsUseCase mvpds(MvpdRepositoryPort mvpds, IntegrationRepositoryPort integrations) {
        return new MvpdService(mvpds, integrations);
    }

    @Produces
    @Singleton
    ManageIntegrationsUseCase integrations(ServiceProviderRepositoryPort serviceProviders, MvpdRepositoryPort mvpds,
            IntegrationRepositoryPort integrations) {
        return new IntegrationService(serviceProviders, mvpds, integrations);
    }

    @Produces
    @Singleton
    ManageApplicationsUseCase applications(ApplicationRepositoryPort applications,
            ServiceProviderRepositoryPort serviceProviders, SoftwareStatementPort softwareStatements) {
        return new ApplicationService(applications, serviceProviders, softwareStatements, Clock.systemUTC());
    }

    @Produces
    @Singleton
    GetConfigurationUseCase configuration(ServiceProviderRepositoryPort serviceProviders, MvpdRepositoryPort mvpds,
            IntegrationRepositoryPort integrations) {
        return new ConfigurationService(serviceProviders, mvpds, integrations);
    }
}
