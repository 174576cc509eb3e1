package dev.tvegate.support.auth;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as proven by a verified access token of registration-service. A service maps it to its own domain
 * view of the caller in its adapter (e.g. {@code new ClientContext(client.clientId(), client.applicationId())}).
 *
 * @param clientId claim {@code client_id}
 * @param applicationId claim {@code app}; null for service clients
 * @param serviceProviders claim {@code sp}; {@code *} means every service provider
 * @param scopes claim {@code scope}, split on spaces
 */
public record AuthenticatedClient(String clientId, String applicationId, Set<String> serviceProviders,
        Set<String> scopes) {

    public AuthenticatedClient {
        Objects.requireNonNull(clientId, "clientId");
        serviceProviders = Set.copyOf(serviceProviders);
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean mayActFor(String serviceProvider) {
        return serviceProviders.contains(serviceProvider) || serviceProviders.contains("*");
    }
}
