package dev.tvegate.registration.adapter.out.security;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tvegate.registration.application.port.out.ServiceClientDirectoryPort;
import dev.tvegate.registration.config.SecurityConfig;
import dev.tvegate.registration.domain.model.Scopes;
import dev.tvegate.registration.domain.model.ServiceClient;
import io.quarkus.runtime.Startup;

/**
 * Service clients from {@code tvegate.registration.service-clients."<id>".*}, validated once at start-up: a secret
 * hash that is not 64 hex digits or an unknown scope stops the service with a clear message.
 */
@Startup
@ApplicationScoped
public class ConfiguredServiceClientsAdapter implements ServiceClientDirectoryPort {

    private static final Logger LOG = Logger.getLogger(ConfiguredServiceClientsAdapter.class);
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> KNOWN_SCOPES = Set.of(Scopes.ADMIN, Scopes.INTERNAL, Scopes.API_CLIENT_V2);

    private final Map<String, ServiceClient> clients;

    @Inject
    public ConfiguredServiceClientsAdapter(SecurityConfig config) {
        this(config.serviceClients());
    }

    ConfiguredServiceClientsAdapter(Map<String, SecurityConfig.ServiceClient> configured) {
        Map<String, ServiceClient> map = new TreeMap<>();
        configured.forEach((id, c) -> map.put(id, toServiceClient(id, c)));
        this.clients = Map.copyOf(map);
        if (!clients.isEmpty()) {
            LOG.infof("Service clients provisioned by configuration: %s", map.keySet());
        }
    }

    private static ServiceClient toServiceClient(String id, SecurityConfig.ServiceClient c) {
        String prefix = "tvegate.registration.service-clients.\"" + id + "\".";
        String hash = c.secretSha256().strip().toLowerCase(Locale.ROOT);
        if (!SHA256_HEX.matcher(hash).matches()) {
            throw new IllegalStateException(prefix + "secret-sha256 must be the 64 hex digits of the secret's SHA-256");
        }
        Set<String> scopes = new HashSet<>();
        for (String scope : c.scopes()) {
            String s = scope.strip();
            if (!KNOWN_SCOPES.contains(s)) {
                throw new IllegalStateException(prefix + "scopes: unknown scope '" + s + "' (known: " + KNOWN_SCOPES
                        + ")");
            }
            scopes.add(s);
        }
        Set<String> sps = new HashSet<>();
        c.serviceProviders().ifPresent(list -> list.stream().map(String::strip).filter(s -> !s.isEmpty())
                .forEach(sps::add));
        return new ServiceClient(id, hash, scopes, sps);
    }

    @Override
    public Optional<ServiceClient> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(clients.get(clientId));
    }
}
