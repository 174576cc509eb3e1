package dev.tvegate.authn.adapter.out.registration;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.tvegate.authn.application.port.out.RegCodePort;
import dev.tvegate.authn.application.port.out.ServiceTokenPort;
import dev.tvegate.authn.domain.model.RegistrationCode;
import dev.tvegate.support.registration.RegistrationCalls;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * Reads v1 registration codes from registration-service ({@code GET /reggie/v1/{requestor}/regcode/{code}}, JSON) with
 * authn's service token, behind a timeout and a circuit breaker ({@code authn-registration-regcode}; overridable with
 * {@code quarkus.fault-tolerance."authn-registration-regcode".…}). Unknown, expired or foreign codes (404, or 400 for
 * a requestor registration does not know) are answers, not failures; a 401 renews the service token once.
 */
@ApplicationScoped
public class RegistrationRegCodeAdapter implements RegCodePort {

    private final RegistrationApi api;
    private final ServiceTokenPort tokens;

    public RegistrationRegCodeAdapter(@RestClient RegistrationApi api, ServiceTokenPort tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @Override
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("authn-registration-regcode")
    public Uni<Optional<RegistrationCode>> find(String requestor, String code) {
        return RegistrationCalls.withServiceToken(tokens::token, tokens::invalidate,
                e -> RegistrationCalls.status(e) == 401,
                authorization -> api.regCode(requestor, code, authorization)
                        .map(doc -> Optional.of(doc.toDomain()))
                        .onFailure(e -> RegistrationCalls.status(e) == 404 || RegistrationCalls.status(e) == 400)
                        .recoverWithItem(Optional.empty()));
    }
}
