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
 * {@code network_…} error: an unreachable authn never yields a permit. Found profiles may be kept by the optional
 * {@link ProfileCache} (off by default), which authn's logout messages invalidate on every replica.
 */
@ApplicationScoped
public class AuthnProfileAdapter implements ProfileLookupPort {

    private static final Logger LOG = Logger.getLogger(AuthnProfileAdapter.class);

    private final AuthnProfileClient client;
    private final ProfileCache cache;

    public AuthnProfileAdapter(AuthnProfileClient client, ProfileCache cache) {
        this.client = client;
        this.cache = cache;
    }

    @Override
    public Uni<Optional<Profile>> find(String serviceProvider, String mvpd, String clientId, String deviceId) {
        Optional<Profile> cached = cache.get(serviceProvider, mvpd, clientId, deviceId);
        if (cached.isPresent()) {
            return Uni.createFrom().item(cached);
        }
        return client.fetch(serviceProvider, mvpd, clientId, deviceId)
                .invoke(found -> found.ifPresent(p -> cache.put(serviceProvider, mvpd, clientId, deviceId, p)))
                .onFailure().transform(e -> {
                    boolean timeout = e instanceof TimeoutException || e.getClass().getSimpleName().contains("Timeout");
                    LOG.warnf("authn profile look-up failed for %s/%s: %s", serviceProvider, mvpd, e.toString());
                    return new ProfileUnavailableException(timeout,
                            timeout ? "authn-service did not answer in time" : "authn-service could not be reached", e);
                });
    }
}
