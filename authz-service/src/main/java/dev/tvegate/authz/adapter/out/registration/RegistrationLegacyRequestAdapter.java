package dev.tvegate.authz.adapter.out.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.tvegate.authz.application.port.out.LegacyRequestVerificationPort;
import dev.tvegate.authz.application.port.out.ServiceTokenPort;
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

    private static final String INVALID_TOKEN = "invalid_token";

    private final RegistrationApi api;
    private final ServiceTokenPort tokens;

    public RegistrationLegacyRequestAdapter(@RestClient RegistrationApi api, ServiceTokenPort tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @Override
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("authz-registration-legacy")
    public Uni<Verification> verify(String authorization, String method, String path) {
        LegacyVerificationDocuments.Request request = new LegacyVerificationDocuments.Request(authorization, method,
                path);
        return attempt(request)
                .onFailure(ServiceTokenRefused.class).recoverWithUni(() -> {
                    tokens.invalidate();
                    return attempt(request);
                });
    }

    private Uni<Verification> attempt(LegacyVerificationDocuments.Request request) {
        return tokens.token()
                .chain(token -> api.verifyLegacyRequest(request, "Bearer " + token))
                .<Verification> map(LegacyVerificationDocuments.Verified::toPort)
                .onFailure(RegistrationLegacyRequestAdapter::isUnauthorized).recoverWithUni(e -> {
                    LegacyVerificationDocuments.Problem problem = problem((WebApplicationException) e);
                    if (problem == null || problem.error() == null || INVALID_TOKEN.equals(problem.error())) {
                        return Uni.createFrom().failure(new ServiceTokenRefused());
                    }
                    return Uni.createFrom().item(new Refused(problem.error(), problem.message()));
                });
    }

    private static boolean isUnauthorized(Throwable e) {
        return e instanceof WebApplicationException w && w.getResponse() != null && w.getResponse().getStatus() == 401;
    }

    private static LegacyVerificationDocuments.Problem problem(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(LegacyVerificationDocuments.Problem.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** registration refused authz's own service token (401 {@code invalid_token}). */
    static final class ServiceTokenRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServiceTokenRefused() {
            super("registration-service refused authz's service token", null, false, false);
        }
    }
}
