package dev.tvegate.registration.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * {@code POST /o/client/register} (spec §1.2, RFC 7591): client credentials for a software statement. Fails with
 * {@code OAuthErrorException}.
 */
public interface RegisterClientUseCase {
    Uni<RegisterClientResult> register(RegisterClientCommand command);
}
