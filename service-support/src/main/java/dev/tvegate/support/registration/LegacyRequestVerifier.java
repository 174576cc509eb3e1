package dev.tvegate.support.registration;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;

import io.smallrye.mutiny.Uni;

/**
 * Asks registration-service to verify a legacy signed-requestor header ({@code POST
 * /internal/v1/legacy-requests/verify}) with the caller's service token. A refusal (401 with a refusal code) is an
 * answer, not a failure; a 401 {@code invalid_token} (or one without a readable body) renews the service token once
 * (registration refused it before looking at the header, so no nonce was used). Never retried otherwise: a timed-out
 * verification may have claimed the nonce. Not a bean: a service's adapter creates one and adds its timeout and
 * circuit breaker; {@code V} is that service's answer type.
 *
 * @param <V> the service's view of a verification
 */
public final class LegacyRequestVerifier<V> {

    /** registration's verification endpoint, as a service's REST client offers it. */
    @FunctionalInterface
    public interface Endpoint {
        Uni<LegacyVerificationDocuments.Verified> verify(LegacyVerificationDocuments.Request request,
                String authorization);
    }

    private static final String INVALID_TOKEN = "invalid_token";

    private final String service;
    private final Endpoint endpoint;
    private final Supplier<Uni<String>> token;
    private final Runnable invalidateToken;
    private final Function<LegacyVerificationDocuments.Verified, V> verified;
    private final BiFunction<String, String, V> refused;

    /**
     * @param service the calling service's short name, for the message of a refused service token
     * @param token the service token
     * @param invalidateToken forgets the service token
     * @param verified maps a 200 body
     * @param refused maps a refusal's {@code error} and {@code message}
     */
    public LegacyRequestVerifier(String service, Endpoint endpoint, Supplier<Uni<String>> token,
            Runnable invalidateToken, Function<LegacyVerificationDocuments.Verified, V> verified,
            BiFunction<String, String, V> refused) {
        this.service = service;
        this.endpoint = endpoint;
        this.token = token;
        this.invalidateToken = invalidateToken;
        this.verified = verified;
        this.refused = refused;
    }

    /** @return the verification; fails when registration cannot answer or refuses the service token twice */
    public Uni<V> verify(String authorization, String method, String path) {
        LegacyVerificationDocuments.Request request = new LegacyVerificationDocuments.Request(authorization, method,
                path);
        return RegistrationCalls.withServiceToken(token, invalidateToken, ServiceTokenRefused.class::isInstance,
                bearer -> endpoint.verify(request, bearer)
                        .map(verified)
                        .onFailure(e -> RegistrationCalls.status(e) == 401).recoverWithUni(e -> {
                            LegacyVerificationDocuments.Problem problem = problem((WebApplicationException) e);
                            if (problem == null || problem.error() == null || INVALID_TOKEN.equals(problem.error())) {
                                return Uni.createFrom().failure(new ServiceTokenRefused(service));
                            }
                            return Uni.createFrom().item(refused.apply(problem.error(), problem.message()));
                        }));
    }

    private static LegacyVerificationDocuments.Problem problem(WebApplicationException e) {
        try {
            return e.getResponse().readEntity(LegacyVerificationDocuments.Problem.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** registration refused the caller's own service token (401 {@code invalid_token}). */
    static final class ServiceTokenRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServiceTokenRefused(String service) {
            super("registration-service refused " + service + "'s service token", null, false, false);
        }
    }
}
