package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/** Spec §4.8: delete the caller's profile(s) for an MVPD and say whether the MVPD session must be ended too. */
public interface LogoutUseCase {

    Uni<LogoutResult> logout(LogoutCommand command);
}
