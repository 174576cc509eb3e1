package dev.tvegate.sandbox.domain.model;

import java.time.Instant;
import java.util.List;

/**
 * An opaque bearer access token for the userinfo endpoint.
 *
 * @param value the token (CSPRNG, 256 bits)
 * @param clientId the client it was issued to
 * @param subject the user's {@code sub}
 * @param scopes the granted scopes
 * @param expiresAt end of its life
 */
public record AccessToken(String value, String clientId, String subject, List<String> scopes, Instant expiresAt) {

    public AccessToken {
        scopes = List.copyOf(scopes);
    }

    /** @return whether the token is no longer valid at {@code now} */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[client=" + clientId + ", subject=" + subject + ", expiresAt=" + expiresAt + "]";
    }
}
