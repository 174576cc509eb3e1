package dev.tvegate.registration.domain.model;

import java.util.Set;

/**
 * Who is calling, as proven by a verified access token (or a legacy signed-requestor header).
 *
 * @param clientId the DCR client id or the service client id
 * @param applicationId the registered application behind the client, {@code null} for service clients
 * @param serviceProviders the service providers the caller may act for (token claim {@code sp})
 * @param scopes granted scopes (token claim {@code scope})
 */
public record Caller(String clientId, String applicationId, Set<String> serviceProviders, Set<String> scopes) {
    public Caller {
        serviceProviders = Set.copyOf(serviceProviders);
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public boolean mayActFor(String serviceProviderId) {
        return serviceProviders.contains(serviceProviderId) || serviceProviders.contains("*");
    }
}
