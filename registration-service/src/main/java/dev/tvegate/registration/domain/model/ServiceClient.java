package dev.tvegate.registration.domain.model;

import java.util.Set;

/**
 * A client of the suite itself (another TVE Gate service, the admin bootstrap), provisioned by configuration rather
 * than by DCR. It obtains access tokens from {@code /o/client/token} like a DCR client.
 *
 * @param secretSha256 lower-case hex SHA-256 of the client secret
 * @param serviceProviders the {@code sp} claim; {@code *} = every service provider
 */
public record ServiceClient(String clientId, String secretSha256, Set<String> scopes, Set<String> serviceProviders) {
    public ServiceClient {
        scopes = Set.copyOf(scopes);
        serviceProviders = Set.copyOf(serviceProviders);
    }

    @Override
    public String toString() {
        return "ServiceClient[clientId=" + clientId + ", scopes=" + scopes + ", serviceProviders=" + serviceProviders
                + "]";
    }
}
