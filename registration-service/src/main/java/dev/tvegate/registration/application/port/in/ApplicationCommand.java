package dev.tvegate.registration.application.port.in;

import java.util.List;
import java.util.Set;

import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.Scopes;
import dev.tvegate.registration.domain.service.CatalogueRules;

/**
 * Registers an application (spec §1.1). Self-validating: name, version and at least one platform and one service
 * provider are required; scopes default to {@code [api:client:v2]}, the only scope a registered application may hold;
 * domains (used later to check DCR {@code redirect_uri}s) are host names, lower-cased and deduplicated. Whether the
 * service providers exist is checked by the service.
 */
public record ApplicationCommand(String name, String version, List<String> platforms, List<String> serviceProviders,
        List<String> scopes, List<String> domains) {

    /** Scopes a registered application may be granted. */
    public static final Set<String> APPLICATION_SCOPES = Set.of(Scopes.API_CLIENT_V2);

    public ApplicationCommand {
        name = CatalogueRules.name("name", name);
        version = CatalogueRules.label("version", version, CatalogueRules.MAX_TOKEN_LENGTH);
        platforms = CatalogueRules.labels("platforms", platforms, CatalogueRules.MAX_TOKEN_LENGTH);
        if (platforms.isEmpty()) {
            throw new ValidationException("platforms", "platforms must name at least one platform (e.g. iOS, web)");
        }
        if (serviceProviders == null || serviceProviders.isEmpty()) {
            throw new ValidationException("serviceProviders", "serviceProviders must name at least one service provider");
        }
        serviceProviders = serviceProviders.stream().map(sp -> CatalogueRules.entityId("serviceProviders", sp))
                .distinct().toList();
        scopes = scopes == null || scopes.isEmpty() ? List.of(Scopes.API_CLIENT_V2)
                : CatalogueRules.scopes("scopes", scopes);
        for (String scope : scopes) {
            if (!APPLICATION_SCOPES.contains(scope)) {
                throw new ValidationException("scopes",
                        "scope '" + scope + "' cannot be granted to an application (allowed: " + Scopes.API_CLIENT_V2
                                + ")");
            }
        }
        domains = CatalogueRules.hostNames("domains", domains);
    }
}
