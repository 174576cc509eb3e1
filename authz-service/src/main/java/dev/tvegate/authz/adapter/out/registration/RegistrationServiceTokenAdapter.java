package dev.tvegate.authz.adapter.out.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.tvegate.authz.application.port.out.ServiceTokenPort;
import dev.tvegate.authz.config.AuthzConfig;
import io.smallrye.mutiny.Uni;

/**
 * authz's own access token from registration's {@code POST /o/client/token} (client credentials
 * {@code tvegate.authz.service-client.id}/{@code .secret}, scope {@code internal}), cached until 60 s before it
 * expires. Concurrent callers share one request.
 */
@ApplicationScoped
public class RegistrationServiceTokenAdapter implements ServiceTokenPort {

    private static final Logger LOG = Logger.getLogger(RegistrationServiceTokenAdapter.class);
    private static final long EARLY_RENEWAL_MILLIS = 60_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private record Cached(String token, long renewAtMillis) {
    }

    private final RegistrationApi api;
    private final AuthzConfig config;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    private final AtomicReference<Uni<String>> inFlight = new AtomicReference<>();

    public RegistrationServiceTokenAdapter(@RestClient RegistrationApi api, AuthzConfig config) {
        this.api = api;
        this.config = config;
    }

    @Override
    public Uni<String> token() {
        Cached current = cached.get();
        if (current != null && clock.millis() < current.renewAtMillis()) {
            return Uni.createFrom().item(current.token());
        }
        return Uni.createFrom().deferred(this::sharedFetch);
    }

    @Override
    public void invalidate() {
        cached.set(null);
    }

    private Uni<String> sharedFetch() {
        while (true) {
            Uni<String> existing = inFlight.get();
            if (existing != null) {
                return existing;
            }
            Uni<String> fetch = fetch().onTermination().invoke(() -> inFlight.set(null)).memoize().indefinitely();
            if (inFlight.compareAndSet(null, fetch)) {
                return fetch;
            }
        }
    }

    private Uni<String> fetch() {
        String secret = config.serviceClient().secret().orElse(null);
        if (secret == null || secret.isBlank()) {
            return Uni.createFrom().failure(new IllegalStateException(
                    "tvegate.authz.service-client.secret is not set: authz cannot call registration-service"));
        }
        long requestedAt = clock.millis();
        return api.token(config.serviceClient().id(), secret, "client_credentials")
                .ifNoItem().after(TIMEOUT).fail()
                .map(doc -> {
                    long lifetime = Math.max(0, doc.expiresIn() * 1000 - EARLY_RENEWAL_MILLIS);
                    cached.set(new Cached(doc.accessToken(), requestedAt + lifetime));
                    return doc.accessToken();
                })
                .onFailure().invoke(e -> LOG.warnf("Cannot obtain a service token from registration: %s",
                        e.toString()));
    }
}
