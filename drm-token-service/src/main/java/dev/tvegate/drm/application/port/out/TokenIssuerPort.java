package dev.tvegate.drm.application.port.out;

import java.util.Optional;

import dev.tvegate.drm.domain.model.ContentKey;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.IssuedToken;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.model.TokenGrant;
import dev.tvegate.drm.domain.model.TokenParameters;
import io.smallrye.mutiny.Uni;

/**
 * Mints a token for a validated request. One implementation per {@link TokenBackend}, chosen per customer. Failures
 * are {@link dev.tvegate.drm.domain.error.TokenRequestException}s carrying ExpressPlay codes.
 */
public interface TokenIssuerPort {

    TokenBackend backend();

    Uni<IssuedToken> issue(IssueRequest request);

    /**
     * @param customer the authenticated customer
     * @param environment the environment this deployment serves
     * @param grant the validated request
     * @param contentKey the resolved 16-byte CEK (from the request, key storage or unwrapped)
     * @param storedKey the key-storage entry the CEK came from, if it came from there
     * @param resourceId the resource the media-token gate admitted, if the gate ran
     * @param mediaTokenId the {@code jti} of the media token spent on this request, if the gate ran
     * @param parameters the request's parameters without TVE Gate's own ({@code mediaToken}, {@code resourceId})
     */
    record IssueRequest(Customer customer, Environment environment, TokenGrant grant, byte[] contentKey,
            Optional<ContentKey> storedKey, Optional<String> resourceId, Optional<String> mediaTokenId,
            TokenParameters parameters) {
    }
}
