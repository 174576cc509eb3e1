package dev.tvegate.authz.application.port.out;

import java.util.Optional;

import dev.tvegate.authz.domain.model.Profile;
import io.smallrye.mutiny.Uni;

/** The viewer's profile from authn-service's internal API. */
public interface ProfileLookupPort {
    /**
     * @return the valid profile of (client app, device, SP, MVPD), empty when there is none; fails with
     *         {@code ProfileUnavailableException} when authn cannot be asked
     */
    Uni<Optional<Profile>> find(String serviceProvider, String mvpd, String clientId, String deviceId);
}
