package dev.tvegate.authn.adapter.out.registration;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.tvegate.authn.application.port.out.ServiceTokenPort;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.support.registration.RegistrationCalls;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * Fetches a service provider's configuration from registration with authn's service token, behind a timeout and a
 * circuit breaker ({@code authn-registration-config}; settings overridable in configuration, e.g.
 * {@code quarkus.fault-tolerance."authn-registration-config".…}). "No such service provider" (404) is an answer, not
 * a failure: it never opens the breaker. A 401 (the service token was revoked or the key rotated) renews the token
 * once.
 */
@ApplicationScoped
public class RegistrationConfigurationClient {

    private final RegistrationApi api;
    private final ServiceTokenPort tokens;

    public RegistrationConfigurationClient(@RestClient RegistrationApi api, ServiceTokenPort tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    @CircuitBreakerName("authn-registration-config")
    public Uni<Optional<SpConfiguration>> fetch(String serviceProvider) {
        return RegistrationCalls.withServiceToken(tokens::token, tokens::invalidate,
                e -> RegistrationCalls.status(e) == 401,
                authorization -> api.configuration(serviceProvider, authorization)
                        .map(doc -> Optional.of(ConfigurationMapper.toDomain(doc)))
                        .onFailure(e -> RegistrationCalls.status(e) == 404).recoverWithItem(Optional.empty()));
    }
}
