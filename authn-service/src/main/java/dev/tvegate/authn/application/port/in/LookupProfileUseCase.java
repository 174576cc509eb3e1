package dev.tvegate.authn.application.port.in;

import java.util.Optional;

import dev.tvegate.authn.domain.model.Profile;
import io.smallrye.mutiny.Uni;

/** The internal profile look-up of authz (client app + device + SP + MVPD). */
public interface LookupProfileUseCase {

    /**
     * @param deviceId the decoded device id
     * @return the valid profile (a degraded one under an active AuthNAll rule), or empty
     */
    Uni<Optional<Profile>> lookup(String serviceProvider, String mvpd, String clientId, String deviceId);
}
