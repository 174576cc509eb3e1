package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * The MVPD's redirect back to TVE Gate ({@code GET /api/v2/authenticate/callback}): takes the single-use state,
 * exchanges the authorization code, verifies the identity and stores a regular profile. Fails with
 * {@code MvpdLoginException} when it cannot; nothing is stored then.
 */
public interface CompleteMvpdLoginUseCase {

    Uni<CompleteMvpdLoginResult> complete(CompleteMvpdLoginCommand command);
}
