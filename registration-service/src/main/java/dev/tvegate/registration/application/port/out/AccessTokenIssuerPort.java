package dev.tvegate.registration.application.port.out;

import java.util.Set;

/** Signs access tokens (RS256 JWT, ARCHITECTURE.md §3). */
public interface AccessTokenIssuerPort {
    IssuedAccessToken issue(String clientId, String applicationId, Set<String> serviceProviders, Set<String> scopes);

    /**
     * @param id opaque tracking id (the token's {@code jti})
     * @param createdAtMillis epoch ms
     * @param expiresInSeconds lifetime
     */
    record IssuedAccessToken(String id, String accessToken, long createdAtMillis, long expiresInSeconds) {
    }
}
