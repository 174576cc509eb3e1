package dev.tvegate.authz.adapter.out.registration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.tvegate.authz.application.port.out.ServiceTokenPort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.support.registration.ServiceTokenCache;
import io.smallrye.mutiny.Uni;

/**
 * authz's own access token from registration's {@code POST /o/client/token} (client credentials
 * {@code tvegate.authz.service-client.id}/{@code .secret}, scope {@code internal}), cached until 60 s before it
 * expires by service-support's {@link ServiceTokenCache}. Concurrent callers share one request.
 */
@ApplicationScoped
public class RegistrationServiceTokenAdapter implements ServiceTokenPort {

    private static final Logger LOG = Logger.getLogger(RegistrationServiceTokenAdapter.class);

    private final ServiceTokenCache tokens;

    public RegistrationServiceTokenAdapter(@RestClient RegistrationApi api, AuthzConfig config) {
        this.tokens = new ServiceTokenCache("authz", api::token, config.serviceClient().id(),
                config.serviceClient().secret(), LOG);
    }

    @Override
    public Uni<String> token() {
        return tokens.token();
    }

    @Override
    public void invalidate() {
        tokens.invalidate();
    }
}
