package dev.tvegate.drm.domain.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * PlayReady (spec §5.2): {@code kid} required, {@code kek} with {@code contentKey} is -5007.
 * <ul>
 * <li>{@code rightsType} {@code BuyToOwn} | {@code Rental} (-2020 missing, -2021 otherwise). With {@code Rental}:
 * {@code rental.periodEndTime} required, in the {@code expirationTime} forms and in the future, with no upper bound
 * (-2022); {@code rental.playDuration} optional, seconds up to 10 years (-2025). With {@code BuyToOwn} the
 * {@code rental.*} parameters are ignored, not refused, and left out of the policy.</li>
 * <li>The five OPLs, all required (-5006 naming the first missing), integers 0–999 (-2034).</li>
 * <li>Optional: {@code outputControlFlags} 8 hex digits (-2040 other hex lengths, -2008 not hex);
 * {@code unknownOutputBehavior} {@code Allow} | {@code Disallow} | {@code SDOnly} (-5001); {@code minCertSecurityLevel}
 * 150 | 2000 | 3000 (-2034); {@code algId} {@code aesctr} | {@code aescbc}, refused with -2005 (content encryption
 * key invalid, with details) since it names how the content key encrypts, not an output control.</li>
 * <li>{@code extensionType} (4 ASCII letters or digits, -2036) with {@code extensionPayload} (base64, -2037); one
 * without the other is -2035.</li>
 * </ul>
 */
final class PlayReadyRules extends DrmRules {

    private static final String RIGHTS_TYPE = "rightsType";
    private static final String RENTAL = "Rental";
    private static final String RENTAL_PERIOD_END_TIME = "rental.periodEndTime";
    private static final List<String> OPLS = List.of("analogVideoOPL", "compressedDigitalAudioOPL",
            "compressedDigitalVideoOPL", "uncompressedDigitalAudioOPL", "uncompressedDigitalVideoOPL");
    private static final int MAX_OPL = 999;
    private static final String OUTPUT_CONTROL_FLAGS = "outputControlFlags";
    private static final String EXTENSION_TYPE = "extensionType";
    private static final String EXTENSION_PAYLOAD = "extensionPayload";

    /** An optional parameter with a fixed set of values (case-sensitive), put into the policy as {@code value}. */
    private record Choice(String name, Set<String> allowed, TokenErrorCode code, Function<String, Object> value) {
    }

    private static final List<Choice> CHOICES = List.of(
            new Choice("unknownOutputBehavior", Set.of("Allow", "Disallow", "SDOnly"),
                    TokenErrorCode.UNKNOWN_OUTPUT_BEHAVIOR_INVALID, String::valueOf),
            new Choice("minCertSecurityLevel", Set.of("150", "2000", "3000"),
                    TokenErrorCode.OUTPUT_CONTROL_OUT_OF_RANGE, Long::valueOf),
            new Choice("algId", Set.of("aesctr", "aescbc"), TokenErrorCode.CONTENT_KEY_INVALID, String::valueOf));

    PlayReadyRules() {
        super(true, TokenErrorCode.KEK_AND_CONTENT_KEY);
    }

    @Override
    void drmParameters(TokenParameters parameters, Map<String, Object> policy, Instant now) {
        rights(parameters, policy, now);
        outputProtectionLevels(parameters, policy);
        parameters.first(OUTPUT_CONTROL_FLAGS).ifPresent(value -> policy.put(OUTPUT_CONTROL_FLAGS,
                outputControlFlags(value)));
        for (Choice choice : CHOICES) {
            parameters.first(choice.name()).ifPresent(value -> policy.put(choice.name(),
                    choice.value().apply(oneOf(value, choice.allowed(), choice.name(), choice.code()))));
        }
    }

    @Override
    void extensions(TokenParameters parameters, Map<String, Object> policy) {
        Optional<String> type = parameters.first(EXTENSION_TYPE);
        Optional<String> payload = parameters.first(EXTENSION_PAYLOAD);
        if (type.isPresent() != payload.isPresent()) {
            throw new TokenRequestException(TokenErrorCode.COMPANION_VALUE_MISSING,
                    EXTENSION_TYPE + " and " + EXTENSION_PAYLOAD + " go together");
        }
        if (type.isPresent()) {
            Extensions.pair(type.get(), payload.get(), AsciiText.LETTER_OR_DIGIT);
            policy.put(EXTENSION_TYPE, type.get());
            policy.put(EXTENSION_PAYLOAD, payload.get());
        }
    }

    @Override
    void durations(TokenParameters parameters, Map<String, Object> policy) {
        if (RENTAL.equals(policy.get(RIGHTS_TYPE))) {
            IntegerParameter.putDurationIfSent(parameters, policy, "rental.playDuration",
                    TokenErrorCode.RENTAL_PLAY_DURATION_INVALID);
        }
    }

    private static void rights(TokenParameters parameters, Map<String, Object> policy, Instant now) {
        String rightsType = parameters.first(RIGHTS_TYPE)
                .orElseThrow(() -> new TokenRequestException(TokenErrorCode.RIGHTS_TYPE_MISSING));
        policy.put(RIGHTS_TYPE,
                oneOf(rightsType, Set.of("BuyToOwn", RENTAL), RIGHTS_TYPE, TokenErrorCode.RIGHTS_TYPE_INVALID));
        if (RENTAL.equals(rightsType)) {
            String end = parameters.first(RENTAL_PERIOD_END_TIME)
                    .orElseThrow(() -> new TokenRequestException(TokenErrorCode.RENTAL_PERIOD_END_MISSING));
            Instant periodEnd = ExpirationTimes.parse(end, now, RENTAL_PERIOD_END_TIME,
                    TokenErrorCode.RENTAL_PERIOD_END_MISSING);
            ExpirationTimes.requireFuture(periodEnd, now, RENTAL_PERIOD_END_TIME,
                    TokenErrorCode.RENTAL_PERIOD_END_MISSING);
            policy.put(RENTAL_PERIOD_END_TIME, periodEnd.toString());
        }
    }

    private static void outputProtectionLevels(TokenParameters parameters, Map<String, Object> policy) {
        for (String opl : OPLS) {
            if (!parameters.has(opl)) {
                throw new TokenRequestException(TokenErrorCode.OPL_MISSING, opl);
            }
        }
        for (String opl : OPLS) {
            IntegerParameter.putIfSent(parameters, policy, opl, 0, MAX_OPL, TokenErrorCode.OUTPUT_CONTROL_OUT_OF_RANGE);
        }
    }

    private static String outputControlFlags(String value) {
        if (!HexParameter.isHex(value)) {
            throw new TokenRequestException(TokenErrorCode.OUTPUT_CONTROL_FLAGS_INVALID,
                    OUTPUT_CONTROL_FLAGS + " must be hex");
        }
        return HexParameter.lowerHex(value, 8, TokenErrorCode.OUTPUT_CONTROL_FLAG_LENGTH, null);
    }

    /** @return {@code value} if it is one of {@code allowed} (case-sensitive), else throws {@code code} */
    private static String oneOf(String value, Set<String> allowed, String name, TokenErrorCode code) {
        if (!allowed.contains(value)) {
            throw new TokenRequestException(code, name + " must be one of " + allowed.stream().sorted().toList());
        }
        return value;
    }
}
