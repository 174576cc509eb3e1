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
abstract sealed class DrmRules permits FairPlayRules, WidevineRules, PlayReadyRules {

    private final boolean kidRequired;
    private final TokenErrorCode kekWithContentKey;

    /**
     * @param kidRequired whether {@code kid} must be sent (-4018)
     * @param kekWithContentKey the code for {@code kek} sent together with {@code contentKey}
     */
    DrmRules(boolean kidRequired, TokenErrorCode kekWithContentKey) {
        this.kidRequired = kidRequired;
        this.kekWithContentKey = kekWithContentKey;
    }

    final boolean kidRequired() {
        return kidRequired;
    }

    final TokenErrorCode kekWithContentKey() {
        return kekWithContentKey;
    }

    /** Hex parameters beyond the key source (after {@code contentKey}, {@code kid}, {@code kek}, {@code ek}). */
    void hexParameters(TokenParameters parameters, Map<String, Object> policy) {
    }

    /** The DRM's own parameters, required ones first; {@code now} is the issuance time for relative times. */
    void drmParameters(TokenParameters parameters, Map<String, Object> policy, Instant now) {
    }

    /** License extensions. */
    abstract void extensions(TokenParameters parameters, Map<String, Object> policy);

    /** Durations in seconds (after {@code expirationTime} and {@code cookie}). */
    abstract void durations(TokenParameters parameters, Map<String, Object> policy);
}
