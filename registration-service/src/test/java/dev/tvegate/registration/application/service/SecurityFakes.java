package dev.tvegate.registration.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.tvegate.registration.application.port.out.AccessTokenIssuerPort;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceClientDirectoryPort;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.domain.model.DcrClient;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import dev.tvegate.registration.domain.model.ServiceClient;
import io.smallrye.mutiny.Uni;

/** In-memory fakes of the out-ports used by the DCR services. */
final class SecurityFakes {

    private SecurityFakes() {
    }

    static RegisteredApplication app(String id, List<String> sps, List<String> domains, boolean revoked) {
        return new RegisteredApplication(id, "App " + id, "1.0", List.of("iOS"), sps, List.of("api:client:v2"),
                domains, "pub-" + id, "priv-" + id, revoked, Instant.parse("2025-01-01T00:00:00Z"));
    }

    static class Applications implements ApplicationRepositoryPort {
        final Map<String, RegisteredApplication> byId = new ConcurrentHashMap<>();

        Applications with(RegisteredApplication app) {
            byId.put(app.id(), app);
            return this;
        }

        @Override
        public Uni<Optional<RegisteredApplication>> findById(String id) {
            return Uni.createFrom().item(Optional.ofNullable(byId.get(id)));
        }

        @Override
        public Uni<Optional<RegisteredApplication>> findByLegacyPublicKey(String publicKey) {
            return Uni.createFrom().item(byId.values().stream()
                    .filter(a -> publicKey.equals(a.legacyPublicKey())).findFirst());
        }

        @Override
        public Uni<List<RegisteredApplication>> findAll() {
            return Uni.createFrom().item(List.copyOf(byId.values()));
        }

        @Override
        public Uni<List<RegisteredApplication>> findByServiceProvider(String serviceProviderId) {
            return Uni.createFrom().item(byId.values().stream()
                    .filter(a -> a.serviceProviders().contains(serviceProviderId)).toList());
        }

        @Override
        public Uni<RegisteredApplication> save(RegisteredApplication app) {
            byId.put(app.id(), app);
            return Uni.createFrom().item(app);
        }

        @Override
        public Uni<Boolean> delete(String id) {
            return Uni.createFrom().item(byId.remove(id) != null);
        }
    }

    static final class Clients implements ClientRepositoryPort {
        final Map<String, DcrClient> byId = new ConcurrentHashMap<>();

        @Override
        public Uni<Optional<DcrClient>> findById(String clientId) {
            return Uni.createFrom().item(Optional.ofNullable(byId.get(clientId)));
        }

        @Override
        public Uni<DcrClient> save(DcrClient client) {
            byId.put(client.clientId(), client);
            return Uni.createFrom().item(client);
        }
    }

    /** Accepts statements of the form {@code valid:<applicationId>}. */
    static final class Statements implements SoftwareStatementPort {
        @Override
        public String issue(RegisteredApplication application) {
            return "valid:" + application.id();
        }

        @Override
        public Optional<String> verify(String softwareStatement) {
            return softwareStatement.startsWith("valid:") ? Optional.of(softwareStatement.substring(6))
                    : Optional.empty();
        }
    }

    static final class ServiceClients implements ServiceClientDirectoryPort {
        final Map<String, ServiceClient> byId = new ConcurrentHashMap<>();

        ServiceClients with(ServiceClient client) {
            byId.put(client.clientId(), client);
            return this;
        }

        @Override
        public Optional<ServiceClient> find(String clientId) {
            return Optional.ofNullable(byId.get(clientId));
        }
    }

    /** Records what it was asked to sign. */
    static final class Issuer implements AccessTokenIssuerPort {
        record Issued(String clientId, String applicationId, Set<String> serviceProviders, Set<String> scopes) {
        }

        final List<Issued> issued = new ArrayList<>();

        @Override
        public IssuedAccessToken issue(String clientId, String applicationId, Set<String> serviceProviders,
                Set<String> scopes) {
            issued.add(new Issued(clientId, applicationId, serviceProviders, scopes));
            return new IssuedAccessToken("jti-" + issued.size(), "token-" + issued.size(), 1_700_000_000_000L, 21600);
        }
    }
}
