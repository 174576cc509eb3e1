package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.domain.error.OAuthError;
import dev.tvegate.registration.domain.error.OAuthErrorException;

/**
 * @param softwareStatement the JWS (required)
 * @param redirectUris the requested redirect URIs, possibly empty
 */
public record RegisterClientCommand(String softwareStatement, List<String> redirectUris) {
    public RegisterClientCommand {
        if (softwareStatement == null || softwareStatement.isBlank()) {
            throw new OAuthErrorException(OAuthError.INVALID_REQUEST, "Missing parameter: software_statement");
        }
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
    }
}
