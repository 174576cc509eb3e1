package dev.tvegate.drm.domain.service;

import java.util.Map;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * FairPlay (spec §3.1): {@code kid} optional; {@code iv} (32 hex) required; {@code rentalDuration} in seconds, 0 (the
 * default, always in the policy) up to 10 years; up to 16 {@code fpExtension} values. {@code kek} with
 * {@code contentKey} is -4024: FairPlay has no code of its own for it.
 */
final class FairPlayRules extends DrmRules {

    private static final String IV = "iv";
    private static final String RENTAL_DURATION = "rentalDuration";
    private static final String FP_EXTENSION = "fpExtension";

    FairPlayRules() {
        super(false, TokenErrorCode.ENCRYPTED_KEY_INVALID);
    }

    @Override
    void hexParameters(TokenParameters parameters, Map<String, Object> policy) {
        String iv = parameters.first(IV)
                .orElseThrow(() -> new TokenRequestException(TokenErrorCode.IV_INVALID, "iv required"));
        policy.put(IV, HexParameter.lowerHex(iv, 32, TokenErrorCode.IV_INVALID, "iv must be 32 hex digits"));
    }

    @Override
    void extensions(TokenParameters parameters, Map<String, Object> policy) {
        Extensions.putRepeatedIfSent(parameters, policy, FP_EXTENSION, TokenErrorCode.FP_EXTENSION_INVALID);
    }

    @Override
    void durations(TokenParameters parameters, Map<String, Object> policy) {
        policy.put(RENTAL_DURATION, 0L);
        IntegerParameter.putDurationIfSent(parameters, policy, RENTAL_DURATION, TokenErrorCode.RENTAL_DURATION_INVALID);
    }
}
