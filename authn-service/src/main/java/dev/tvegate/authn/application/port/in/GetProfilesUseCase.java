package dev.tvegate.authn.application.port.in;

import java.util.List;
import java.util.Optional;

import dev.tvegate.authn.domain.model.Profile;
import io.smallrye.mutiny.Uni;

/** Spec §4.6: the caller's valid profiles. Expired profiles are simply absent. */
public interface GetProfilesUseCase {

    /** {@code GET /profiles}: every valid profile of the client on the device. */
    Uni<List<Profile>> all(ProfileQuery query);

    /**
     * {@code GET /profiles/{mvpd}}: the profile for one MVPD; for an integration whose AuthNAll degradation is active,
     * a degraded profile is created if there is none.
     */
    Uni<Optional<Profile>> forMvpd(ProfileQuery query);

    /**
     * {@code GET /profiles/code/{code}}: the profile the code's authentication produced, once there is one (empty
     * while the user has not finished signing in). Answers within one store round trip.
     */
    Uni<Optional<Profile>> byCode(SessionQuery query);
}
