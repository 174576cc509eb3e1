package dev.tvegate.drm.application.port.in;

import dev.tvegate.drm.domain.model.IssuedToken;
import io.smallrye.mutiny.Uni;

/** {@code GET|POST /hms/{fp|wv|pr}/token}: authenticate the customer, validate, pass the gate, count, mint. */
public interface IssueTokenUseCase {

    /** Fails with {@link dev.tvegate.drm.domain.error.TokenRequestException} carrying the ExpressPlay code. */
    Uni<IssuedToken> issue(IssueTokenCommand command);
}
