package dev.tvegate.registration.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * {@code POST /o/client/token} (spec §1.3): the client-credentials grant for DCR clients and configured service
 * clients. Fails with {@code OAuthErrorException}.
 */
public interface IssueAccessTokenUseCase {
    Uni<AccessTokenResult> issue(IssueAccessTokenCommand command);
}
