package dev.tvegate.support.registration;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * A service's own access token from registration's {@code POST /o/client/token} (client credentials
 * {@code tvegate.<service>.service-client.id}/{@code .secret}, scope {@code internal}), cached until 60 s before it
 * expires. Concurrent callers share one request. Not a bean: a service's token adapter creates one with its REST
 * client's token method and its own configuration, and delegates to it.
 */
public final class ServiceTokenCache {

    /** registration's token endpoint, as a service's REST client offers it. */
    @FunctionalInterface
    public interface TokenEndpoint {
        Uni<TokenDocument> token(String clientId, String clientSecret, String grantType);
    }

    private static final long EARLY_RENEWAL_MILLIS = 60_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private record Cached(String token, long renewAtMillis) {
    }

    private final String service;
    private final TokenEndpoint endpoint;
    private final String clientId;
    private final String clientSecret;
    private final Logger log;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Cached> cached = new AtomicReference<>();
    private final AtomicReference<Uni<String>> inFlight = new AtomicReference<>();

    /**
     * @param service the calling service's short name ({@code authn}, {@code authz}…), for its configuration keys in
     *        messages
     * @param endpoint registration's token endpoint
     * @param clientId {@code tvegate.<service>.service-client.id}
     * @param clientSecret {@code tvegate.<service>.service-client.secret}; without it every fetch fails
     * @param log the service adapter's logger
     */
    public ServiceTokenCache(String service, TokenEndpoint endpoint, String clientId, Optional<String> clientSecret,
            Logger log) {
        this.service = service;
        this.endpoint = endpoint;
        this.clientId = clientId;
        this.clientSecret = clientSecret.orElse(null);
        this.log = log;
    }

    /** @return the cached token, or a new one once the cached one is within 60 s of expiring */
    public Uni<String> token() {
        Cached current = cached.get();
        if (current != null && clock.millis() < current.renewAtMillis()) {
            return Uni.createFrom().item(current.token());
        }
        return Uni.createFrom().deferred(this::sharedFetch);
    }

    /** Forgets the cached token (registration refused it: revoked, or its signing key rotated). */
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
        if (clientSecret == null || clientSecret.isBlank()) {
            return Uni.createFrom().failure(new IllegalStateException("tvegate." + service
                    + ".service-client.secret is not set: " + service + " cannot call registration-service"));
        }
        long requestedAt = clock.millis();
        return endpoint.token(clientId, clientSecret, "client_credentials")
                .ifNoItem().after(TIMEOUT).fail()
                .map(doc -> {
                    long lifetime = Math.max(0, doc.expiresIn() * 1000 - EARLY_RENEWAL_MILLIS);
                    cached.set(new Cached(doc.accessToken(), requestedAt + lifetime));
                    return doc.accessToken();
                })
                .onFailure().invoke(e -> log.warnf("Cannot obtain a service token from registration: %s",
                        e.toString()));
    }
}
