package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.model.ServiceProvider;
import dev.tvegate.registration.domain.service.CatalogueRules;

/**
 * Creates or replaces a service provider. Self-validating: the constructor checks and normalises every field (domains
 * lower-cased and deduplicated) or throws a {@code ValidationException} naming the field.
 */
public record ServiceProviderCommand(String id, String name, List<String> domains) {
    public ServiceProviderCommand {
        id = CatalogueRules.entityId("id", id);
        name = CatalogueRules.name("name", name);
        domains = CatalogueRules.hostNames("domains", domains);
    }

    public ServiceProvider toServiceProvider() {
        return new ServiceProvider(id, name, domains);
    }
}
