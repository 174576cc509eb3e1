package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.model.Integration;
import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.ServiceProvider;

/**
 * A service provider with the MVPDs it is integrated with, in MVPD display-name order.
 *
 * @param mvpds the integrated MVPDs; the public configuration holds enabled integrations only
 */
public record ServiceProviderConfiguration(ServiceProvider serviceProvider, List<IntegratedMvpd> mvpds) {
    public ServiceProviderConfiguration {
        mvpds = List.copyOf(mvpds);
    }

    /** One MVPD with the settings of its integration with the service provider. */
    public record IntegratedMvpd(Mvpd mvpd, Integration integration) {
    }
}
