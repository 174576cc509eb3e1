package dev.tvegate.registration.application.port.in;

import dev.tvegate.registration.domain.model.Caller;
import io.smallrye.mutiny.Uni;

/**
 * Authenticates a pre-DCR REST v1 request signed with an application's legacy key pair (spec §1.4). Fails with
 * {@code LegacyAuthenticationException}.
 */
public interface AuthenticateLegacyRequestUseCase {
    Uni<Caller> authenticate(LegacyRequestCommand command);
}
