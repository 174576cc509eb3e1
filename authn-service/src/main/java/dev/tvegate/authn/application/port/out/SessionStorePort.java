package dev.tvegate.authn.application.port.out;

import java.time.Duration;
import java.util.Optional;

import dev.tvegate.authn.domain.model.AuthenticationSession;
import io.smallrye.mutiny.Uni;

/** Authentication sessions by code, expired by the store itself. */
public interface SessionStorePort {

    /** Stores (or replaces) the session for {@code ttl}. */
    Uni<Void> save(AuthenticationSession session, Duration ttl);

    /**
     * Stores a new session for {@code ttl} unless its code is already taken (never overwrites another user's
     * session).
     *
     * The default (look, then save) is not atomic; store adapters override it with an atomic write.
     *
     * @return whether it was stored
     */
    default Uni<Boolean> saveIfAbsent(AuthenticationSession session, Duration ttl) {
        return find(session.code()).chain(existing -> existing.isPresent() ? Uni.createFrom().item(false)
                : save(session, ttl).replaceWith(true));
    }

    /** @return the session, empty if unknown or expired */
    Uni<Optional<AuthenticationSession>> find(String code);

    Uni<Void> delete(String code);
}
