package dev.tvegate.registration.application.port.in;

import dev.tvegate.registration.domain.error.OAuthError;
import dev.tvegate.registration.domain.error.OAuthErrorException;

/** The client-credentials request; every field is required (else {@code invalid_request}). */
public record IssueAccessTokenCommand(String clientId, String clientSecret, String grantType) {
    public IssueAccessTokenCommand {
        require("client_id", clientId);
        require("client_secret", clientSecret);
        require("grant_type", grantType);
    }

    private static void require(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new OAuthErrorException(OAuthError.INVALID_REQUEST, "Missing parameter: " + name);
        }
    }

    @Override
    public String toString() {
        return "IssueAccessTokenCommand[clientId=" + clientId + ", grantType=" + grantType + "]";
    }
}
