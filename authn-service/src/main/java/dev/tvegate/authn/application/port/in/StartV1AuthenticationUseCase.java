package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * REST v1 {@code GET /api/v1/authenticate} (spec §6.2, §6.4): the second screen's browser opens it with the device's
 * registration code and is sent to the MVPD's sign-in; after it, the device's v1 AuthN token exists and the browser
 * lands on {@code redirect_url}. Fails with {@code MvpdLoginException} (a page for the user) when it cannot.
 */
public interface StartV1AuthenticationUseCase {

    /** @return where the browser goes now */
    Uni<V1AuthenticationResult> start(V1AuthenticateCommand command);
}
