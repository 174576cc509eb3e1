package dev.tvegate.authz.adapter.out.authn;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.tvegate.authz.application.port.out.ServiceTokenPort;
import dev.tvegate.authz.domain.model.Profile;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * The guarded call to authn: timeout, circuit breaker {@code authz-authn-profile} and bulkhead (settings overridable,
 * e.g. {@code quarkus.fault-tolerance."authz-authn-profile".circuit-breaker.delay=…}). "No profile" (404) is an
 * answer, not a failure: it never opens the breaker. A 401 (service token revoked or key rotated) renews the token
 * once.
 */
@ApplicationScoped
public class AuthnProfileClient {

    private final AuthnApi api;
    private final ServiceTokenPort tokens;

    public AuthnProfileClient(@RestClient AuthnApi api, ServiceTokenPort tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @Timeout(value = 1500, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @CircuitBreakerName("authz-authn-profile")
    @Bulkhead(value = 100, waitingTaskQueue = 400)
    public Uni<Optional<Profile>> fetch(String serviceProvider, String mvpd, String clientId, String deviceId) {
        return attempt(serviceProvider, mvpd, clientId, deviceId)
                .onFailure(e -> status(e) == 401).recoverWithUni(() -> {
                    tokens.invalidate();
                    return attempt(serviceProvider, mvpd, clientId, deviceId);
                });
    }

    private Uni<Optional<Profile>> attempt(String serviceProvider, String mvpd, String clientId, String deviceId) {
        return tokens.token()
                .chain(token -> api.profile(serviceProvider, mvpd, clientId, deviceId, "Bearer " + token))
                .map(doc -> doc == null || doc.profile() == null ? Optional.<Profile> empty()
                        : Optional.of(doc.toDomain(mvpd)))
                .onFailure(e -> status(e) == 404).recoverWithItem(Optional.empty());
    }

    static int status(Throwable e) {
        if (e instanceof WebApplicationException w && w.getResponse() != null) {
            return w.getResponse().getStatus();
        }
        return -1;
    }
}
