package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An AES-256 key that seals the tokens the {@code local} issuer mints for one customer in one environment. Rotatable:
 * the newest active key seals, every key not yet deleted still opens the tokens it sealed.
 *
 * @param customerId the owner
 * @param keyId the 32-bit id written into each token's header
 * @param environment the environment its tokens redeem in
 * @param secret the 32 key bytes (encrypted at rest)
 * @param createdAt creation time (the newest key seals)
 */
public record TokenSealingKey(long customerId, int keyId, Environment environment, byte[] secret,
        Instant createdAt) {

    public TokenSealingKey {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(secret, "secret");
        if (secret.length != 32) {
            throw new IllegalArgumentException("a token-sealing key is 32 bytes");
        }
    }

    @Override
    public String toString() {
        return "TokenSealingKey[customer=" + customerId + ", keyId=" + Integer.toHexString(keyId) + "]";
    }
}
