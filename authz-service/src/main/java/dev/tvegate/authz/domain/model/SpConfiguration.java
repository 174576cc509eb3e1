package dev.tvegate.authz.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What authz needs to know about a service provider, as registration-service serves it on
 * {@code /internal/v1/service-providers/{sp}/configuration}: the SP and every integration (enabled or not) with its
 * MVPD.
 */
public record SpConfiguration(ServiceProvider serviceProvider, List<IntegrationConfig> integrations) {

    public SpConfiguration {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        integrations = integrations == null ? List.of() : List.copyOf(integrations);
    }

    /** The service provider (requestor) and its registered domains. */
    public record ServiceProvider(String id, String name, List<String> domains) {
        public ServiceProvider {
            Objects.requireNonNull(id, "id");
            domains = domains == null ? List.of() : List.copyOf(domains);
        }

        /** @return whether {@code domainName} is one of the SP's domains (case-insensitive, as DNS names are) */
        public boolean hasDomain(String domainName) {
            return domainName != null && domains.stream().anyMatch(d -> d.equalsIgnoreCase(domainName.strip()));
        }
    }

    /** @return the integration with {@code mvpd}, enabled or not */
    public Optional<IntegrationConfig> integration(String mvpd) {
        return integrations.stream().filter(i -> i.mvpdId().equals(mvpd)).findFirst();
    }

    /** @return the integration with {@code mvpd} if it is enabled (a disabled integration behaves as absent) */
    public Optional<IntegrationConfig> enabledIntegration(String mvpd) {
        return integration(mvpd).filter(IntegrationConfig::enabled);
    }

    /** @return the enabled integrations, in registration's order */
    public List<IntegrationConfig> enabledIntegrations() {
        return integrations.stream().filter(IntegrationConfig::enabled).toList();
    }
}
