package dev.tvegate.drm.domain.service;

import java.time.Instant;
import java.util.Map;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * What one DRM adds to the common token rules. {@link TokenRequestValidator} calls the steps in spec §8.1's order,
 * each after the common checks that precede it; every step throws the first rule it finds broken and puts the
 * parameters it accepts into the policy, keyed by their ExpressPlay names.
 */
sealed interface DrmRules permits FairPlayRules, WidevineRules, PlayReadyRules {

    /** @return whether {@code kid} must be sent (-4018) */
    boolean kidRequired();

    /** @return the code for {@code kek} sent together with {@code contentKey} */
    TokenErrorCode kekWithContentKey();

    /** Hex parameters beyond the key source (after {@code contentKey}, {@code kid}, {@code kek}, {@code ek}). */
    default void hexParameters(TokenParameters parameters, Map<String, Object> policy) {
    }

    /** The DRM's own parameters, required ones first; {@code now} is the issuance time for relative times. */
    default void drmParameters(TokenParameters parameters, Map<String, Object> policy, Instant now) {
    }

    /** License extensions. */
    void extensions(TokenParameters parameters, Map<String, Object> policy);

    /** Durations in seconds (after {@code expirationTime} and {@code cookie}). */
    void durations(TokenParameters parameters, Map<String, Object> policy);
}
