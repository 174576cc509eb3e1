package dev.tvegate.registration.application.port.out;

import java.util.Optional;

import dev.tvegate.registration.domain.model.Caller;

/** Verifies an access token (signature against the published keys, issuer, expiry, type). */
public interface AccessTokenVerifierPort {
    /** @return the caller, or empty if the token is not valid */
    Optional<Caller> verify(String accessToken);
}
