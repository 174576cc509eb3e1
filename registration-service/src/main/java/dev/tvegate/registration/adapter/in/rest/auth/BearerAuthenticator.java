package dev.tvegate.registration.adapter.in.rest.auth;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.registration.application.port.out.AccessTokenVerifierPort;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.support.auth.ForbiddenProblem;
import dev.tvegate.support.auth.NotAuthorizedProblem;

/**
 * Authenticates {@code Authorization: Bearer <access token>} at the REST edge. Resources call it explicitly with the
 * header value they received:
 * <ul>
 * <li>{@link #requireScope} for the admin ({@code admin}) and internal ({@code internal}) APIs: 401
 * {@code invalid_token} / 403 {@code insufficient_scope} (RFC 6750 §3.1);</li>
 * <li>{@link #requireV2Caller} for REST v2: Enhanced Error Codes {@code invalid_access_token_client_application} /
 * {@code invalid_access_token_service_provider} (401, spec §1.4).</li>
 * </ul>
 * Verification is local (signature against the key ring, issuer, type, expiry) and costs about 50 µs; it never
 * blocks.
 */
@ApplicationScoped
public class BearerAuthenticator {

    private final AccessTokenVerifierPort verifier;

    public BearerAuthenticator(AccessTokenVerifierPort verifier) {
        this.verifier = verifier;
    }

    /** @return the caller proven by a valid bearer token; empty if the header is absent, not Bearer, or invalid */
    public Optional<Caller> authenticate(String authorizationHeader) {
        return bearerToken(authorizationHeader).flatMap(verifier::verify);
    }

    /**
     * @throws NotAuthorizedProblem 401 {@code invalid_token} if there is no valid bearer token
     * @throws ForbiddenProblem 403 {@code insufficient_scope} if the token lacks {@code scope}
     */
    public Caller requireScope(String authorizationHeader, String scope) {
        Caller caller = authenticate(authorizationHeader)
                .orElseThrow(() -> NotAuthorizedProblem.forHeader(authorizationHeader));
        if (!caller.hasScope(scope)) {
            throw ForbiddenProblem.lacking(scope);
        }
        return caller;
    }

    /**
     * For REST v2 endpoints of {@code serviceProvider}.
     *
     * @throws EnhancedErrorException {@code invalid_access_token_client_application} (401) if the token is missing,
     *         invalid or expired; {@code invalid_access_token_service_provider} (401) if it is not valid for this
     *         service provider
     */
    public Caller requireV2Caller(String authorizationHeader, String serviceProvider) {
        Caller caller = authenticate(authorizationHeader)
                .orElseThrow(() -> new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_CLIENT_APPLICATION));
        if (serviceProvider == null || !caller.mayActFor(serviceProvider)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_ACCESS_TOKEN_SERVICE_PROVIDER);
        }
        return caller;
    }

    /** @return the token of an {@code Authorization: Bearer <token>} header (scheme case-insensitive) */
    public static Optional<String> bearerToken(String authorizationHeader) {
        return dev.tvegate.support.auth.BearerAuthenticator.bearerToken(authorizationHeader);
    }
}
