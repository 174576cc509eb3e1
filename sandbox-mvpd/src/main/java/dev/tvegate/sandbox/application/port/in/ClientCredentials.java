package dev.tvegate.sandbox.application.port.in;

/**
 * A client's credentials as presented (HTTP Basic or form).
 *
 * @param clientId the client id
 * @param secret the secret (never printed)
 */
public record ClientCredentials(String clientId, String secret) {

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + "]";
    }
}
