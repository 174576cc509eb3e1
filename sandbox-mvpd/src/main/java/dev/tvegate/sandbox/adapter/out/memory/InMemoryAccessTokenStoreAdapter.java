package dev.tvegate.sandbox.adapter.out.memory;

import java.time.Clock;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.out.AccessTokenStorePort;
import dev.tvegate.sandbox.domain.model.AccessToken;

/** Opaque access tokens in memory until they expire or are revoked. */
public final class InMemoryAccessTokenStoreAdapter implements AccessTokenStorePort {

    private final ExpiringMap<AccessToken> tokens;

    public InMemoryAccessTokenStoreAdapter(Clock clock, int capacity) {
        this.tokens = new ExpiringMap<>(clock, capacity);
    }

    @Override
    public void save(AccessToken token) {
        tokens.put(token.value(), token, token.expiresAt());
    }

    @Override
    public Optional<AccessToken> find(String value) {
        return tokens.get(value);
    }

    @Override
    public void revoke(String value) {
        tokens.remove(value);
    }

    @Override
    public void revokeAll(String subject, String clientId) {
        tokens.removeIf((value, token) -> token.subject().equals(subject) && token.clientId().equals(clientId));
    }
}
