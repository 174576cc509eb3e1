package dev.tvegate.sandbox.domain.model;

import java.time.Instant;

/**
 * A single-use authorization code, bound to the request it answers (client, redirect URI, PKCE challenge, nonce)
 * and to the user who signed in.
 *
 * @param value the code (CSPRNG, ≥ 128 bits)
 * @param request the authorization request
 * @param subject the user's {@code sub}
 * @param authTime when the user authenticated
 * @param expiresAt end of the code's life
 */
public record AuthorizationCode(String value, AuthorizationRequest request, String subject, Instant authTime,
        Instant expiresAt) {

    /** @return whether the code can no longer be redeemed at {@code now} */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AuthorizationCode[client=" + request.clientId() + ", subject=" + subject + ", expiresAt=" + expiresAt
                + "]";
    }
}
