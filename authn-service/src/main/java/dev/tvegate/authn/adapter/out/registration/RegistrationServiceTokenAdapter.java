package dev.tvegate.authn.adapter.out.registration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import dev.tvegate.authn.application.port.out.ServiceTokenPort;
import dev.tvegate.authn.config.AuthnConfig;
import dev.tvegate.support.registration.ServiceTokenCache;
import io.smallrye.mutiny.Uni;

/**
 * authn's own access token from registration's {@code POST /o/client/token} (client credentials
 * {@code tvegate.authn.service-client.id}/{@code .secret}, scope {@code internal}), cached until 60 s before it
 * expires by service-support's {@link ServiceTokenCache}. Concurrent callers share one request.
 */
@ApplicationScoped
public class RegistrationServiceTokenAdapter implements ServiceTokenPort {

    private static final Logger LOG = Logger.getLogger(RegistrationServiceTokenAdapter.class);

    private final ServiceTokenCache tokens;

    public RegistrationServiceTokenAdapter(@RestClient RegistrationApi api, AuthnConfig config) {
        this.tokens = new ServiceTokenCache("authn", api::token, config.serviceClient().id(),
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
