package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/** Spec §4.3: supply the parameters a session is missing. */
public interface ResumeAuthenticationSessionUseCase {

    Uni<SessionResult> resume(ResumeSessionCommand command);
}
