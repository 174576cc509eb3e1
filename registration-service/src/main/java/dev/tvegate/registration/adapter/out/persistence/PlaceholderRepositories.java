package dev.tvegate.registration.adapter.out.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.domain.model.DcrClient;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.quarkus.arc.DefaultBean;
import io.smallrye.mutiny.Uni;

/**
 * TEMPORARY in-memory repositories so that the security branch boots on its own; the PostgreSQL adapters of the
 * catalogue branch replace them ({@link DefaultBean}). Deleted when the branches are merged.
 */
@ApplicationScoped
public class PlaceholderRepositories {

    @Produces
    @DefaultBean
    @ApplicationScoped
    ClientRepositoryPort clients() {
        Map<String, DcrClient> map = new ConcurrentHashMap<>();
        return new ClientRepositoryPort() {
            @Override
            public Uni<Optional<DcrClient>> findById(String clientId) {
                return Uni.createFrom().item(Optional.ofNullable(map.get(clientId)));
            }

            @Override
            public Uni<DcrClient> save(DcrClient client) {
                map.put(client.clientId(), client);
                return Uni.createFrom().item(client);
            }
        };
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    ApplicationRepositoryPort applications() {
        Map<String, RegisteredApplication> map = new ConcurrentHashMap<>();
        return new ApplicationRepositoryPort() {
            @Override
            public Uni<Optional<RegisteredApplication>> findById(String id) {
                return Uni.createFrom().item(Optional.ofNullable(map.get(id)));
            }

            @Override
            public Uni<Optional<RegisteredApplication>> findByLegacyPublicKey(String publicKey) {
                return Uni.createFrom().item(map.values().stream()
                        .filter(a -> publicKey.equals(a.legacyPublicKey())).findFirst());
            }

            @Override
            public Uni<List<RegisteredApplication>> findAll() {
                return Uni.createFrom().item(List.copyOf(map.values()));
            }

            @Override
            public Uni<RegisteredApplication> save(RegisteredApplication app) {
                map.put(app.id(), app);
                return Uni.createFrom().item(app);
            }

            @Override
            public Uni<Boolean> delete(String id) {
                return Uni.createFrom().item(map.remove(id) != null);
            }
        };
    }
}
