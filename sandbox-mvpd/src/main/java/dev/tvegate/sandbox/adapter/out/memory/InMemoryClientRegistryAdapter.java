package dev.tvegate.sandbox.adapter.out.memory;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tvegate.sandbox.application.port.out.ClientRegistryPort;
import dev.tvegate.sandbox.domain.model.Client;

/** The clients from configuration, fixed at start-up. */
public final class InMemoryClientRegistryAdapter implements ClientRegistryPort {

    private final Map<String, Client> clients;

    public InMemoryClientRegistryAdapter(Collection<Client> clients) {
        this.clients = Map.copyOf(clients.stream().collect(Collectors.toMap(Client::id, Function.identity())));
    }

    @Override
    public Optional<Client> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }
}
