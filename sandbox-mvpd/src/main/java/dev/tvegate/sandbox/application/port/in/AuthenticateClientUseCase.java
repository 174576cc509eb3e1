package dev.tvegate.sandbox.application.port.in;

import java.util.Optional;

import dev.tvegate.sandbox.domain.model.Client;

/** Checks a client's credentials (token endpoint, entitlement endpoint). */
public interface AuthenticateClientUseCase {

    /** @return the client when the id is known and the secret matches (constant-time), else empty */
    Optional<Client> authenticate(ClientCredentials credentials);
}
