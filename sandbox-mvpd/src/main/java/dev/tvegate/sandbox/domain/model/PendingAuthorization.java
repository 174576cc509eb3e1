package dev.tvegate.sandbox.domain.model;

import java.time.Instant;

/**
 * An authorization request whose login form is being shown. Its random id is the only thing the form carries, so
 * the request parameters cannot be altered between the form and the code.
 *
 * @param id the pending-request id (CSPRNG, ≥ 128 bits)
 * @param request the validated request
 * @param expiresAt when the login form stops being accepted
 */
public record PendingAuthorization(String id, AuthorizationRequest request, Instant expiresAt) {

    /** @return whether the form is no longer accepted at {@code now} */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
