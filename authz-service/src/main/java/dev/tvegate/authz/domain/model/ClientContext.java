package dev.tvegate.authz.domain.model;

import java.util.Objects;

/**
 * The client application calling, as proven by a verified access token.
 *
 * @param clientId the DCR client id (token claim {@code client_id}); profiles are bound to it (spec §1.4)
 * @param applicationId the registered application behind the client (claim {@code app}); null for service clients
 */
public record ClientContext(String clientId, String applicationId) {
    public ClientContext {
        Objects.requireNonNull(clientId, "clientId");
    }
}
