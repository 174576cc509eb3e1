package dev.tvegate.authz.application.port.out;

import java.util.Objects;
import java.util.Set;

import io.smallrye.mutiny.Uni;

/**
 * Verifies a REST v1 legacy signed-requestor {@code Authorization} header (spec §1.4). Only registration-service holds
 * the applications' HMAC keys, so it verifies the signature, the request time window and the request URI, and claims
 * the nonce: a header verifies once.
 */
public interface LegacyRequestVerificationPort {

    /**
     * @param authorization the header value as received
     * @param method the HTTP method of the request received
     * @param path the path of the request received (the signed {@code request_uri} must equal it)
     * @return {@link Verified} or {@link Refused}; fails when registration cannot be asked (unreachable, timeout,
     *         breaker open, service token refused) — never a permit
     */
    Uni<Verification> verify(String authorization, String method, String path);

    /** The answer of a verification. */
    sealed interface Verification permits Verified, Refused {
    }

    /**
     * A valid header.
     *
     * @param requestor the signed requestor
     * @param clientId {@code legacy:<public key>}
     */
    record Verified(String requestor, String applicationId, String clientId, Set<String> serviceProviders,
            Set<String> scopes) implements Verification {
        public Verified {
            Objects.requireNonNull(requestor, "requestor");
            Objects.requireNonNull(clientId, "clientId");
            serviceProviders = Set.copyOf(serviceProviders);
            scopes = Set.copyOf(scopes);
        }
    }

    /**
     * A refused header.
     *
     * @param error {@code malformed}, {@code stale_request}, {@code unknown_key}, {@code invalid_signature} or
     *        {@code replayed_nonce}
     * @param message which check failed (never a key or a signature)
     */
    record Refused(String error, String message) implements Verification {
    }
}
