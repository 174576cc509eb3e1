package dev.tvegate.registration.domain.model;

import java.time.Instant;
import java.util.List;

/**
 * An application registered by a programmer (spec §1.1). It yields a software statement (a JWS signed by
 * registration-service) from which clients obtain credentials with DCR. Revoking it stops every client registered
 * with its statement.
 *
 * @param legacyPublicKey identifier of the legacy v1 key pair (the {@code public_key} of a signed-requestor header)
 * @param legacyPrivateKey the HMAC key of the legacy v1 key pair; encrypted at rest, never returned after creation
 */
public record RegisteredApplication(String id, String name, String version, List<String> platforms,
        List<String> serviceProviders, List<String> scopes, List<String> domains, String legacyPublicKey,
        String legacyPrivateKey, boolean revoked, Instant createdAt) {
    public RegisteredApplication {
        platforms = List.copyOf(platforms);
        serviceProviders = List.copyOf(serviceProviders);
        scopes = List.copyOf(scopes);
        domains = List.copyOf(domains);
    }

    public RegisteredApplication revoke() {
        return new RegisteredApplication(id, name, version, platforms, serviceProviders, scopes, domains, legacyPublicKey,
                legacyPrivateKey, true, createdAt);
    }
}
