package dev.tvegate.authz.adapter.out.registration;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.tvegate.authz.application.port.out.LegacyRequestVerificationPort;
import dev.tvegate.authz.application.port.out.ServiceTokenPort;
import dev.tvegate.support.registration.LegacyRequestVerifier;
import dev.tvegate.support.registration.LegacyVerificationDocuments;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * Asks registration-service to verify a legacy signed-requestor header ({@code POST
 * /internal/v1/legacy-requests/verify}) with authz's service token, behind a timeout and a circuit breaker
 * ({@code authz-registration-legacy}; overridable with {@code quarkus.fault-tolerance."authz-registration-legacy".…}).
 * A refusal (401 with a refusal code) is an answer, not a failure, and does not count against the breaker; a 401
 * {@code invalid_token} renews the service token once (registration refused it before looking at the header, so no
 * nonce was used). Never retried otherwise: a timed-out verification may have claimed the nonce. The header is never
 * logged.
 */
@ApplicationScoped
public class RegistrationLegacyRequestAdapter implements LegacyRequestVerificationPort {

    private final LegacyRequestVerifier<Verification> verifier;

    public RegistrationLegacyRequestAdapter(@RestClient RegistrationApi api, ServiceTokenPort tokens) {
        this.verifier = new LegacyRequestVerifier<>("authz", api::verifyLegacyRequest, tokens::token, tokens::invalidate,
                RegistrationLegacyRequestAdapter::verified, Refused::new);
    }

    @Override
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("authz-registration-legacy")
    public Uni<Verification> verify(String authorization, String method, String path) {
        return verifier.verify(authorization, method, path);
    }

    private static Verification verified(LegacyVerificationDocuments.Verified v) {
        return new Verified(v.requestor(), v.applicationId(), v.clientId(), Set.copyOf(v.serviceProvidersOrEmpty()),
                Set.copyOf(v.scopesOrEmpty()));
    }
}
