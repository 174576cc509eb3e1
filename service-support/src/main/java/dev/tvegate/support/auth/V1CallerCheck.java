package dev.tvegate.support.auth;

import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.legacy.LegacySignedRequest;
import io.smallrye.mutiny.Uni;

/**
 * The caller check of the REST v1 endpoints (spec §1.4): either a DCR access token ({@code Authorization: Bearer …},
 * scope {@code api:client:v2}) whose {@code sp} claim covers the requestor, or a legacy signed-requestor header
 * ({@code <METHOD> requestor_id=…, …, public_key=…, signature=…}) signed for this request and for the requestor. The
 * services hold no HMAC keys: registration-service verifies the signature and claims the nonce (the
 * {@link LegacyVerifier} a service hands in); a header whose {@code requestor_id} is not the {@code requestor}
 * parameter is refused before that, so it does not use up its nonce.
 * <p>
 * Failures: 400 {@code invalid_requestor} (no requestor); 401 {@code invalid_access_token_client_application} (no, bad
 * or refused credentials; for a refused signature {@code details} says which check failed);
 * 401 {@code invalid_access_token_service_provider} (not valid for the requestor); 503
 * {@code network_connection_timeout} when registration cannot verify a signature (never a permit). The header is never
 * logged.
 * <p>
 * Not a bean: a service's own v1 caller authenticator creates one with its verification port and delegates to it.
 */
public final class V1CallerCheck {

    /** Verifies a legacy signed-requestor header; fails when it cannot be asked (never a permit). */
    @FunctionalInterface
    public interface LegacyVerifier {
        /**
         * @param authorization the header value as received
         * @param method the HTTP method of the request received
         * @param path the path of the request received (the signed {@code request_uri} must equal it)
         */
        Uni<LegacyVerification> verify(String authorization, String method, String path);
    }

    /** The answer of a legacy verification. */
    public sealed interface LegacyVerification permits Signed, Refused {
    }

    /**
     * A valid header.
     *
     * @param requestor the signed requestor
     * @param clientId {@code legacy:<public key>}
     */
    public record Signed(String requestor, String applicationId, String clientId, Set<String> serviceProviders,
            Set<String> scopes) implements LegacyVerification {
    }

    /**
     * A refused header.
     *
     * @param error {@code malformed}, {@code stale_request}, {@code unknown_key}, {@code invalid_signature} or
     *        {@code replayed_nonce}
     * @param message which check failed (never a key or a signature)
     */
    public record Refused(String error, String message) implements LegacyVerification {
    }

    private static final Logger LOG = Logger.getLogger(V1CallerCheck.class);

    private final BearerAuthenticator bearer;
    private final LegacyVerifier legacy;

    public V1CallerCheck(BearerAuthenticator bearer, LegacyVerifier legacy) {
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
                .onFailure().transform(V1CallerCheck::unavailable)
                .map(verification -> switch (verification) {
                    case Signed s -> client(s, requestor);
                    case Refused r -> throw refusal(r.error() + ": " + r.message());
                });
    }

    private static AuthenticatedClient client(Signed s, String requestor) {
        if (!s.requestor().equals(requestor)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_SERVICE_PROVIDER,
                    "The signed requestor_id is not the requestor parameter");
        }
        return new AuthenticatedClient(s.clientId(), s.applicationId(), s.serviceProviders(), s.scopes());
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
