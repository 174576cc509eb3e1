package dev.tvegate.sandbox.application.port.out;

import java.util.Optional;

import dev.tvegate.sandbox.domain.model.PendingAuthorization;

/** Authorization requests whose login form is on screen, kept until they expire or succeed. */
public interface PendingAuthorizationStorePort {

    void save(PendingAuthorization pending);

    /** @return the pending request, if it exists and has not expired */
    Optional<PendingAuthorization> find(String id);

    /** @return the pending request, removed atomically so that only one caller completes it */
    Optional<PendingAuthorization> take(String id);
}
