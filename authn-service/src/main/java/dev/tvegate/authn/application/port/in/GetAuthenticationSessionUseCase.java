package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/** Spec §4.4: what a second-screen app learns from a typed code. */
public interface GetAuthenticationSessionUseCase {

    Uni<SessionInfo> get(SessionQuery query);
}
