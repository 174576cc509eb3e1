package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated token request: what the token will allow.
 *
 * @param drm the DRM system
 * @param kid the key ID as sent ({@code kid}: 32 hex digits or {@code ^name}), if any
 * @param keySource where the content key comes from
 * @param expiresAt when the token itself stops being redeemable ({@code expirationTime}; default 30 days)
 * @param cookie the caller's log-correlation string ({@code cookie}, ≤ 32 chars), if any
 * @param policy the DRM-specific rules, keyed by their ExpressPlay parameter names ({@code iv},
 *        {@code rentalDuration}, {@code fpExtension}, {@code securityLevel}, {@code rightsType}, the OPLs, …), values
 *        normalised (numbers as {@code Long}, times as ISO-8601 strings, extensions as lists of {@code type}/
 *        {@code payload} maps); insertion-ordered and unmodifiable
 */
public record TokenGrant(DrmSystem drm, Optional<String> kid, KeySource keySource, Instant expiresAt,
        Optional<String> cookie, Map<String, Object> policy) {

    public TokenGrant {
        Objects.requireNonNull(drm, "drm");
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(keySource, "keySource");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(cookie, "cookie");
        policy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(policy));
    }
}
