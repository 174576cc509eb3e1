package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/** Spec §4.2: start an authentication (or learn that none is needed). */
public interface CreateAuthenticationSessionUseCase {

    /** Fails with the spec's Enhanced Errors (400) for an unknown SP, bad headers or bad parameters. */
    Uni<SessionResult> create(CreateSessionCommand command);
}
