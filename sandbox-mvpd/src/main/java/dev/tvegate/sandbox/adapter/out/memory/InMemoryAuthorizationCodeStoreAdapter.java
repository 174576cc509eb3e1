package dev.tvegate.sandbox.adapter.out.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.out.AuthorizationCodeStorePort;
import dev.tvegate.sandbox.domain.model.AuthorizationCode;

/**
 * Authorization codes in memory. A code is kept until it expires; an expired code is taken as absent. Redeemed codes
 * are remembered (with the access token issued for them) until that token expires, to recognise replays.
 */
public final class InMemoryAuthorizationCodeStoreAdapter implements AuthorizationCodeStorePort {

    private final ExpiringMap<AuthorizationCode> codes;
    private final ExpiringMap<String> redeemed;

    public InMemoryAuthorizationCodeStoreAdapter(Clock clock, int capacity) {
        this.codes = new ExpiringMap<>(clock, capacity);
        this.redeemed = new ExpiringMap<>(clock, capacity);
    }

    @Override
    public void save(AuthorizationCode code) {
        codes.put(code.value(), code, code.expiresAt());
    }

    @Override
    public Optional<AuthorizationCode> take(String value) {
        return codes.remove(value);
    }

    @Override
    public void rememberRedeemed(String value, String accessToken, Instant until) {
        redeemed.put(value, accessToken, until);
    }

    @Override
    public Optional<String> redeemedFor(String value) {
        return redeemed.get(value);
    }
}
