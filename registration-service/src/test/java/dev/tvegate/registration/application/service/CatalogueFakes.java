package dev.tvegate.registration.application.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.IntegrationRepositoryPort;
import dev.tvegate.registration.application.port.out.MvpdRepositoryPort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.domain.model.Integration;
import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import dev.tvegate.registration.domain.model.ServiceProvider;
import io.smallrye.mutiny.Uni;

/** In-memory fakes of the catalogue's driven ports, for the application-service tests. */
final class CatalogueFakes {

    private CatalogueFakes() {
    }

    static <T> Uni<T> item(T value) {
        return Uni.createFrom().item(value);
    }

    static final class ServiceProviders implements ServiceProviderRepositoryPort {
        final Map<String, ServiceProvider> rows = new ConcurrentHashMap<>();

        @Override
        public Uni<Optional<ServiceProvider>> findById(String id) {
            return item(Optional.ofNullable(rows.get(id)));
        }

        @Override
        public Uni<List<ServiceProvider>> findAll() {
            return item(rows.values().stream().sorted(Comparator.comparing(ServiceProvider::id)).toList());
        }

        @Override
        public Uni<ServiceProvider> save(ServiceProvider sp) {
            rows.put(sp.id(), sp);
            return item(sp);
        }

        @Override
        public Uni<Boolean> delete(String id) {
            return item(rows.remove(id) != null);
        }
    }

    static final class Mvpds implements MvpdRepositoryPort {
        final Map<String, Mvpd> rows = new ConcurrentHashMap<>();

        @Override
        public Uni<Optional<Mvpd>> findById(String id) {
            return item(Optional.ofNullable(rows.get(id)));
        }

        @Override
        public Uni<List<Mvpd>> findAll() {
            return item(rows.values().stream().sorted(Comparator.comparing(Mvpd::id)).toList());
        }

        @Override
        public Uni<List<Mvpd>> findByIds(Collection<String> ids) {
            return item(ids.stream().map(rows::get).filter(m -> m != null).toList());
        }

        @Override
        public Uni<Mvpd> save(Mvpd mvpd) {
            rows.put(mvpd.id(), mvpd);
            return item(mvpd);
        }

        @Override
        public Uni<Boolean> delete(String id) {
            return item(rows.remove(id) != null);
        }
    }

    static final class Integrations implements IntegrationRepositoryPort {
        final Map<String, Integration> rows = new ConcurrentHashMap<>();

        private static String key(String sp, String mvpd) {
            return sp + "\u0000" + mvpd;
        }

        @Override
        public Uni<Optional<Integration>> find(String serviceProviderId, String mvpdId) {
            return item(Optional.ofNullable(rows.get(key(serviceProviderId, mvpdId))));
        }

        @Override
        public Uni<List<Integration>> findByServiceProvider(String serviceProviderId) {
            return item(rows.values().stream().filter(i -> i.serviceProviderId().equals(serviceProviderId))
                    .sorted(Comparator.comparing(Integration::mvpdId)).toList());
        }

        @Override
        public Uni<List<Integration>> findByMvpd(String mvpdId) {
            return item(rows.values().stream().filter(i -> i.mvpdId().equals(mvpdId))
                    .sorted(Comparator.comparing(Integration::serviceProviderId)).toList());
        }

        @Override
        public Uni<Integration> save(Integration integration) {
            rows.put(key(integration.serviceProviderId(), integration.mvpdId()), integration);
            return item(integration);
        }

        @Override
        public Uni<Boolean> delete(String serviceProviderId, String mvpdId) {
            return item(rows.remove(key(serviceProviderId, mvpdId)) != null);
        }
    }

    static final class Applications implements ApplicationRepositoryPort {
        final Map<String, RegisteredApplication> rows = new ConcurrentHashMap<>();

        @Override
        public Uni<Optional<RegisteredApplication>> findById(String id) {
            return item(Optional.ofNullable(rows.get(id)));
        }

        @Override
        public Uni<Optional<RegisteredApplication>> findByLegacyPublicKey(String publicKey) {
            return item(rows.values().stream().filter(a -> publicKey.equals(a.legacyPublicKey())).findFirst());
        }

        @Override
        public Uni<List<RegisteredApplication>> findAll() {
            return item(new ArrayList<>(rows.values()));
        }

        @Override
        public Uni<List<RegisteredApplication>> findByServiceProvider(String serviceProviderId) {
            return item(rows.values().stream().filter(a -> a.serviceProviders().contains(serviceProviderId))
                    .toList());
        }

        @Override
        public Uni<RegisteredApplication> save(RegisteredApplication app) {
            rows.put(app.id(), app);
            return item(app);
        }

        @Override
        public Uni<Boolean> delete(String id) {
            return item(rows.remove(id) != null);
        }
    }

    /** "Signs" a statement as {@code statement-for:<id>}; counts issued statements. */
    static final class SoftwareStatements implements SoftwareStatementPort {
        int issued;

        @Override
        public String issue(RegisteredApplication application) {
            issued++;
            return "statement-for:" + application.id();
        }

        @Override
        public Optional<String> verify(String softwareStatement) {
            return softwareStatement.startsWith("statement-for:")
                    ? Optional.of(softwareStatement.substring("statement-for:".length()))
                    : Optional.empty();
        }
    }
}
