package dev.tvegate.authn.application.port.out;

import java.util.Optional;

import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.Profile;
import io.smallrye.mutiny.Uni;

/**
 * The second-screen polling read: the session of a code and the profile it produced, in one store round trip.
 */
public interface CodeLookupPort {

    Uni<CodeLookup> lookup(String code);

    /**
     * @param session the session, empty once it expired
     * @param profile the unexpired profile the code produced, empty until the user signed in
     */
    record CodeLookup(Optional<AuthenticationSession> session, Optional<Profile> profile) {
    }
}
