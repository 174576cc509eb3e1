package dev.tvegate.sandbox.application.service;

import java.util.Optional;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.sandbox.application.port.in.AuthenticateClientUseCase;
import dev.tvegate.sandbox.application.port.in.ClientCredentials;
import dev.tvegate.sandbox.application.port.out.ClientRegistryPort;
import dev.tvegate.sandbox.domain.model.Client;

/** Client authentication with a shared secret (client_secret_basic / client_secret_post), in constant time. */
public final class AuthenticateClientService implements AuthenticateClientUseCase {

    private static final String DUMMY_SECRET = Secrets.randomToken(16);

    private final ClientRegistryPort clients;

    public AuthenticateClientService(ClientRegistryPort clients) {
        this.clients = clients;
    }

    @Override
    public Optional<Client> authenticate(ClientCredentials credentials) {
        if (credentials == null || credentials.clientId() == null || credentials.secret() == null) {
            return Optional.empty();
        }
        Optional<Client> client = clients.find(credentials.clientId());
        if (client.isEmpty()) {
            Secrets.constantTimeEquals(DUMMY_SECRET, credentials.secret());
            return Optional.empty();
        }
        return client.filter(c -> c.secretMatches(credentials.secret()));
    }
}
