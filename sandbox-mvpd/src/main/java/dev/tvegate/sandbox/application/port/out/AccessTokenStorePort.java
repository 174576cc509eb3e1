package dev.tvegate.sandbox.application.port.out;

import java.util.Optional;

import dev.tvegate.sandbox.domain.model.AccessToken;

/** Issued access tokens until they expire or are revoked. */
public interface AccessTokenStorePort {

    void save(AccessToken token);

    /** @return the token, if it exists and has not expired */
    Optional<AccessToken> find(String value);

    void revoke(String value);

    /** Revokes every token of {@code subject} issued to {@code clientId}. */
    void revokeAll(String subject, String clientId);
}
