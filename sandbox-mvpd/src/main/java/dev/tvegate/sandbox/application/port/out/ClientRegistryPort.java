package dev.tvegate.sandbox.application.port.out;

import java.util.Optional;

import dev.tvegate.sandbox.domain.model.Client;

/** The registered OAuth clients. */
public interface ClientRegistryPort {

    /** @return the client with this {@code client_id} */
    Optional<Client> find(String clientId);
}
