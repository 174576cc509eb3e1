package dev.tvegate.registration.adapter.in.rest.auth;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.legacy.LegacySignedRequest;
import dev.tvegate.registration.application.port.in.AuthenticateLegacyRequestUseCase;
import dev.tvegate.registration.application.port.in.LegacyRequestCommand;
import dev.tvegate.registration.domain.error.LegacyAuthenticationException;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * Authenticates REST v1 requests: a DCR bearer token (as for v2), or the legacy signed-requestor header of pre-DCR
 * clients (spec §1.4). Failures are Enhanced Errors ({@code invalid_access_token_client_application} /
 * {@code invalid_access_token_service_provider}, 401) that the v1 resource renders in the format the client chose;
 * for a refused signature, {@code details} says which check failed (never a key or a signature).
 */
@ApplicationScoped
public class LegacyRequestAuthenticator {

    private static final Logger LOG = Logger.getLogger(LegacyRequestAuthenticator.class);

    private final AuthenticateLegacyRequestUseCase useCase;
    private final BearerAuthenticator bearer;

    public LegacyRequestAuthenticator(AuthenticateLegacyRequestUseCase useCase, BearerAuthenticator bearer) {
        this.useCase = useCase;
        this.bearer = bearer;
    }

    /**
     * A v1 caller for {@code requestor}: a bearer token whose {@code sp} claim covers the requestor (or with scope
     * {@code internal}), or a valid legacy signature.
     *
     * @param acceptedRequestUris the {@code request_uri} values a legacy signature may name for this request
     */
    public Uni<Caller> requireV1Caller(String authorizationHeader, String httpMethod, String requestor,
            Set<String> acceptedRequestUris) {
        if (BearerAuthenticator.bearerToken(authorizationHeader).isPresent()) {
            try {
                Caller caller = bearer.authenticate(authorizationHeader).orElseThrow(
                        () -> new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION));
                if (!caller.hasScope(Scopes.INTERNAL) && !caller.mayActFor(requestor)) {
                    throw new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_SERVICE_PROVIDER);
                }
                return Uni.createFrom().item(caller);
            } catch (EnhancedErrorException e) {
                return Uni.createFrom().failure(e);
            }
        }
        return authenticate(authorizationHeader, httpMethod, requestor, acceptedRequestUris);
    }

    /** Legacy signed-requestor header only. */
    public Uni<Caller> authenticate(String authorizationHeader, String httpMethod, String requestor,
            Set<String> acceptedRequestUris) {
        Optional<LegacySignedRequest> request;
        try {
            request = LegacySignedRequest.parse(authorizationHeader);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        if (request.isEmpty()) {
            return Uni.createFrom().failure(new EnhancedErrorException(
                    ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION,
                    "An Authorization header is required: a DCR bearer access token or a signed requestor"));
        }
        return useCase.authenticate(new LegacyRequestCommand(request.get(), httpMethod, requestor,
                acceptedRequestUris))
                .onFailure(LegacyAuthenticationException.class)
                .transform(e -> refusal(e.getMessage()));
    }

    private static Uni<Caller> refused(String reason) {
        return Uni.createFrom().failure(refusal(reason));
    }

    private static EnhancedErrorException refusal(String reason) {
        LOG.debugf("legacy signed request refused: %s", reason);
        return new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION,
                "Signed requestor refused: " + reason);
    }
}
