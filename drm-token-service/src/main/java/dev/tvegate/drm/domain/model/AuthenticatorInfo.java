package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One of a customer's API keys as the admin API lists it: no hash, only the last four hex digits as a hint.
 *
 * @param label the administrator's note, or null
 */
public record AuthenticatorInfo(String id, long customerId, Environment environment, String label, String hint,
        Instant createdAt) {

    public AuthenticatorInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(hint, "hint");
    }
}
