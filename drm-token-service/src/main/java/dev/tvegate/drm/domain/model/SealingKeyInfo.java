package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A token-sealing key as the admin API shows it: never the secret.
 *
 * @param current whether it is the newest key of its environment (the one that seals new tokens)
 */
public record SealingKeyInfo(long customerId, int keyId, Environment environment, Instant createdAt,
        boolean current) {

    public SealingKeyInfo {
        Objects.requireNonNull(environment, "environment");
    }

    /** @return the key id as 8 lower-case hex digits, as the admin API names it */
    public String keyIdHex() {
        return KeyIds.hex(keyId);
    }
}
