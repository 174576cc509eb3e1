package dev.tvegate.authn.adapter.in.rest.v1;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.tvegate.authn.application.port.out.LegacyRequestVerificationPort;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.legacy.LegacySignedRequest;
import dev.tvegate.support.auth.AuthenticatedClient;
import dev.tvegate.support.auth.BearerAuthenticator;
import io.smallrye.mutiny.Uni;

/**
 * The caller check of authn's REST v1 endpoints (spec §1.4): either a DCR access token ({@code Authorization: Bearer
 * …}, scope {@code api:client:v2}) whose {@code sp} claim covers the requestor, or a legacy signed-requestor header
 * ({@code <METHOD> requestor_id=…, …, public_key=…, signature=…}) signed for this request and for the requestor.
 * authn holds no HMAC keys: registration-service verifies the signature and claims the nonce
 * ({@link LegacyRequestVerificationPort}); a header whose {@code requestor_id} is not the {@code requestor} parameter
 * is refused before that, so it does not use up its nonce. Both kinds of caller see the same v1 tokens (keyed
 * {@code v1:<requestor>} + {@code deviceId}).
 * <p>
 * Failures: 400 {@code invalid_requestor} (no requestor); 401 {@code invalid_access_token_client_application} (no, bad
 * or refused credentials; for a refused signature {@code details} says which check failed);
 * 401 {@code invalid_access_token_service_provider} (not valid for the requestor); 503
 * {@code network_connection_timeout} when registration cannot verify a signature (never a permit). The header is never
 * logged.
 */
@ApplicationScoped
public class V1CallerAuthenticator {

    private static final Logger LOG = Logger.getLogger(V1CallerAuthenticator.class);

    private final BearerAuthenticator bearer;
    private final LegacyRequestVerificationPort legacy;

    public V1CallerAuthenticator(BearerAuthenticator bearer, LegacyRequestVerificationPort legacy) {
        this.bearer = bearer;
        this.legacy = legacy;
    }

    /**
     * @param method the HTTP method of the request
     * @param path the request path (a signature's {@code request_uri} must equal it)
     */
    public Uni<AuthenticatedClient> requireClient(String authorization, String method, String path,
            String requestor) {
        if (requestor == null || requestor.isBlank()) {
            return Uni.createFrom().failure(
                    new EnhancedErrorException(ErrorCode.INVALID_REQUESTOR, "Required 'requestor' is not present."));
        }
        if (authorization == null || authorization.isBlank()
                || BearerAuthenticator.bearerToken(authorization).isPresent()) {
            return bearer.requireV2Client(authorization, requestor);
        }
        Optional<LegacySignedRequest> signed;
        try {
            signed = LegacySignedRequest.parse(authorization);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        if (signed.isEmpty()) {
            return Uni.createFrom().failure(new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION,
                    "An Authorization header is required: a DCR bearer access token or a signed requestor"));
        }
        if (!signed.get().requestorId().equals(requestor)) {
            return Uni.createFrom().failure(new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_SERVICE_PROVIDER,
                    "The signed requestor_id is not the requestor parameter"));
        }
        return legacy.verify(authorization, method, path)
                .onFailure().transform(V1CallerAuthenticator::unavailable)
                .map(verification -> switch (verification) {
                    case LegacyRequestVerificationPort.Verified v -> client(v, requestor);
                    case LegacyRequestVerificationPort.Refused r -> throw refusal(r.error() + ": " + r.message());
                });
    }

    private static AuthenticatedClient client(LegacyRequestVerificationPort.Verified v, String requestor) {
        if (!v.requestor().equals(requestor)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_SERVICE_PROVIDER,
                    "The signed requestor_id is not the requestor parameter");
        }
        return new AuthenticatedClient(v.clientId(), v.applicationId(), v.serviceProviders(), v.scopes());
    }

    private static <T> Uni<T> refused(String reason) {
        return Uni.createFrom().failure(refusal(reason));
    }

    private static EnhancedErrorException refusal(String reason) {
        return new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION,
                "Signed requestor refused: " + reason);
    }

    private static Throwable unavailable(Throwable cause) {
        LOG.warnf("Cannot verify a signed requestor with registration-service: %s", cause.toString());
        return new EnhancedErrorException(EnhancedError.of(ErrorCode.NETWORK_CONNECTION_TIMEOUT,
                "registration-service could not verify the signed requestor; retry later").withStatus(503));
    }
}
