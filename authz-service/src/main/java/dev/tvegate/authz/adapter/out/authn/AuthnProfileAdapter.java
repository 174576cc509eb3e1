package dev.tvegate.authz.adapter.out.authn;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import dev.tvegate.authz.application.port.out.ProfileLookupPort;
import dev.tvegate.authz.domain.error.ProfileUnavailableException;
import dev.tvegate.authz.domain.model.Profile;
import io.smallrye.mutiny.Uni;

/**
 * Profiles from authn ({@link AuthnProfileClient}); every failure — timeout, error status, connection refused,
 * breaker open, bulkhead full — becomes {@link ProfileUnavailableException}, which the edge answers with a
 * {@code network_…} error: an unreachable authn never yields a permit. No in-process cache: each decision asks authn
 * (one Redis read there), so a logout takes effect at once on every replica.
 */
@ApplicationScoped
public class AuthnProfileAdapter implements ProfileLookupPort {

    private static final Logger LOG = Logger.getLogger(AuthnProfileAdapter.class);

    private final AuthnProfileClient client;

    public AuthnProfileAdapter(AuthnProfileClient client) {
        this.client = client;
    }

    @Override
    public Uni<Optional<Profile>> find(String serviceProvider, String mvpd, String clientId, String deviceId) {
        return client.fetch(serviceProvider, mvpd, clientId, deviceId).onFailure().transform(e -> {
            boolean timeout = e instanceof TimeoutException || e.getClass().getSimpleName().contains("Timeout");
            LOG.warnf("authn profile look-up failed for %s/%s: %s", serviceProvider, mvpd, e.toString());
            return new ProfileUnavailableException(timeout,
                    timeout ? "authn-service did not answer in time" : "authn-service could not be reached", e);
        });
    }
}
