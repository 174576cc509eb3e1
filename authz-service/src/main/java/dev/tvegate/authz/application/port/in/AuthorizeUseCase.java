package dev.tvegate.authz.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * Authorize and preauthorize (spec §4.7). Top-level failures arrive as {@code EnhancedErrorException} (400 / 403)
 * or {@code ProfileUnavailableException}; per-resource denials and MVPD failures are item-level errors.
 */
public interface AuthorizeUseCase {
    Uni<DecisionsResult> decide(AuthorizeCommand command);
}
