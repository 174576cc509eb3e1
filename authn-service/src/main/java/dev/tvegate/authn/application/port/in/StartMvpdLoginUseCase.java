package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * Spec §4.5, {@code GET /api/v2/authenticate/{serviceProvider}/{code}}: sends the user agent of a complete
 * authentication session to its MVPD's sign-in page. Fails with {@code MvpdLoginException} when it cannot.
 */
public interface StartMvpdLoginUseCase {

    Uni<StartMvpdLoginResult> start(StartMvpdLoginCommand command);
}
