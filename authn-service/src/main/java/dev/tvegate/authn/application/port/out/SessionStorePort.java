package dev.tvegate.authn.application.port.out;

import java.time.Duration;
import java.util.Optional;

import dev.tvegate.authn.domain.model.AuthenticationSession;
import io.smallrye.mutiny.Uni;

/** Authentication sessions by code, expired by the store itself. */
public interface SessionStorePort {

    /** Stores (or replaces) the session for {@code ttl}. */
    Uni<Void> save(AuthenticationSession session, Duration ttl);

    /** @return the session, empty if unknown or expired */
    Uni<Optional<AuthenticationSession>> find(String code);

    Uni<Void> delete(String code);
}
