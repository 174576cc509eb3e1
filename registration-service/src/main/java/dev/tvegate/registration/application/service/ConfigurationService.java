package dev.tvegate.registration.application.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tvegate.registration.application.port.in.GetConfigurationUseCase;
import dev.tvegate.registration.application.port.in.ServiceProviderConfiguration;
import dev.tvegate.registration.application.port.in.ServiceProviderConfiguration.IntegratedMvpd;
import dev.tvegate.registration.application.port.out.IntegrationRepositoryPort;
import dev.tvegate.registration.application.port.out.MvpdRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.domain.model.Integration;
import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

public class ConfigurationService implements GetConfigurationUseCase {

    private static final Comparator<IntegratedMvpd> BY_DISPLAY_NAME = Comparator
            .comparing((IntegratedMvpd m) -> m.mvpd().displayName(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(m -> m.mvpd().id());

    private final ServiceProviderRepositoryPort serviceProviders;
    private final MvpdRepositoryPort mvpds;
    private final IntegrationRepositoryPort integrations;

    public ConfigurationService(ServiceProviderRepositoryPort serviceProviders, MvpdRepositoryPort mvpds,
            IntegrationRepositoryPort integrations) {
        this.serviceProviders = serviceProviders;
        this.mvpds = mvpds;
        this.integrations = integrations;
    }

    @Override
    public Uni<Optional<ServiceProviderConfiguration>> publicConfiguration(String serviceProviderId) {
        return configuration(serviceProviderId, true);
    }

    @Override
    public Uni<Optional<ServiceProviderConfiguration>> fullConfiguration(String serviceProviderId) {
        return configuration(serviceProviderId, false);
    }

    private Uni<Optional<ServiceProviderConfiguration>> configuration(String serviceProviderId, boolean enabledOnly) {
        return serviceProviders.findById(serviceProviderId).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(Optional.empty());
            }
            ServiceProvider sp = found.get();
            return integrations.findByServiceProvider(serviceProviderId).flatMap(all -> {
                List<Integration> selected = all.stream().filter(i -> !enabledOnly || i.enabled()).toList();
                if (selected.isEmpty()) {
                    return Uni.createFrom().item(Optional.of(new ServiceProviderConfiguration(sp, List.of())));
                }
                return mvpds.findByIds(selected.stream().map(Integration::mvpdId).toList())
                        .map(list -> Optional.of(new ServiceProviderConfiguration(sp, join(selected, list))));
            });
        });
    }

    private static List<IntegratedMvpd> join(List<Integration> integrations, List<Mvpd> mvpds) {
        Map<String, Mvpd> byId = mvpds.stream().collect(Collectors.toMap(Mvpd::id, Function.identity()));
        return integrations.stream().filter(i -> byId.containsKey(i.mvpdId()))
                .map(i -> new IntegratedMvpd(byId.get(i.mvpdId()), i)).sorted(BY_DISPLAY_NAME).toList();
    }
}
