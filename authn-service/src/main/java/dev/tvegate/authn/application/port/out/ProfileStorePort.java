package dev.tvegate.authn.application.port.out;

import java.util.List;
import java.util.Optional;

import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import io.smallrye.mutiny.Uni;

/**
 * Profiles, expired by the store itself at {@code notAfter}. One profile per key and MVPD: saving another replaces
 * it.
 */
public interface ProfileStorePort {

    /** Stores the profile until its {@code notAfter}; also findable by its {@code code} until then. */
    Uni<Void> save(Profile profile);

    /** @return every unexpired profile of the key */
    Uni<List<Profile>> findAll(ProfileKey key);

    Uni<Optional<Profile>> find(ProfileKey key, String mvpd);

    /** @return the unexpired profile produced by authentication code {@code code} */
    Uni<Optional<Profile>> findByCode(String code);

    /**
     * Deletes the key's profile for {@code mvpd} ({@code null} = all of them) and tells other services (authz
     * caches) about it.
     *
     * @return the profiles that were deleted
     */
    Uni<List<Profile>> delete(ProfileKey key, String mvpd);
}
