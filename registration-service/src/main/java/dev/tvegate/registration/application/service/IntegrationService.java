package dev.tvegate.registration.application.service;

import java.util.List;

import dev.tvegate.registration.application.port.in.IntegrationCommand;
import dev.tvegate.registration.application.port.in.ManageIntegrationsUseCase;
import dev.tvegate.registration.application.port.out.IntegrationRepositoryPort;
import dev.tvegate.registration.application.port.out.MvpdRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.EntitlementMode;
import dev.tvegate.registration.domain.model.Integration;
import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

public class IntegrationService implements ManageIntegrationsUseCase {

    static final String ENTITY = "integration";

    private final ServiceProviderRepositoryPort serviceProviders;
    private final MvpdRepositoryPort mvpds;
    private final IntegrationRepositoryPort integrations;

    public IntegrationService(ServiceProviderRepositoryPort serviceProviders, MvpdRepositoryPort mvpds,
            IntegrationRepositoryPort integrations) {
        this.serviceProviders = serviceProviders;
        this.mvpds = mvpds;
        this.integrations = integrations;
    }

    @Override
    public Uni<UpsertResult> upsert(IntegrationCommand command) {
        String sp = command.serviceProviderId();
        String mvpdId = command.mvpdId();
        return requireServiceProvider(sp)
                .flatMap(ignored -> mvpds.findById(mvpdId))
                .map(found -> found.orElseThrow(() -> new NotFoundException(MvpdService.ENTITY, mvpdId)))
                .invoke(mvpd -> checkFits(command, mvpd))
                .flatMap(mvpd -> integrations.find(sp, mvpdId))
                .flatMap(existing -> integrations.save(command.toIntegration())
                        .map(saved -> new UpsertResult(saved, existing.isEmpty())));
    }

    /** Settings that only make sense for some MVPDs. */
    private static void checkFits(IntegrationCommand command, Mvpd mvpd) {
        if (command.entitlementMode() == EntitlementMode.MVPD_ENDPOINT && !mvpd.isTempPass()
                && mvpd.endpoints().entitlementUrl() == null) {
            throw new ValidationException("entitlementMode", "entitlementMode mvpd-endpoint needs an MVPD with an"
                    + " entitlement URL; MVPD '" + mvpd.id() + "' has none");
        }
    }

    @Override
    public Uni<Integration> get(String serviceProviderId, String mvpdId) {
        return integrations.find(serviceProviderId, mvpdId).map(found -> found
                .orElseThrow(() -> new NotFoundException(ENTITY, serviceProviderId + "/" + mvpdId)));
    }

    @Override
    public Uni<List<Integration>> list(String serviceProviderId) {
        return requireServiceProvider(serviceProviderId)
                .flatMap(ignored -> integrations.findByServiceProvider(serviceProviderId));
    }

    @Override
    public Uni<Void> delete(String serviceProviderId, String mvpdId) {
        return integrations.delete(serviceProviderId, mvpdId).map(deleted -> {
            if (!deleted) {
                throw new NotFoundException(ENTITY, serviceProviderId + "/" + mvpdId);
            }
            return null;
        });
    }

    private Uni<ServiceProvider> requireServiceProvider(String id) {
        return serviceProviders.findById(id).map(found -> found
                .orElseThrow(() -> new NotFoundException(ServiceProviderService.ENTITY, id)));
    }
}
