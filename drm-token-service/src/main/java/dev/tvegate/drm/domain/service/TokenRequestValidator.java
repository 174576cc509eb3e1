package dev.tvegate.drm.domain.service;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.TokenGrant;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * Validates the DRM-specific parameters of a token request (spec §3.1, §5.1, §5.2) and turns them into a
 * {@link TokenGrant}. The caller has already authenticated the customer and read {@code errorFormat}.
 * <p>
 * Rules are checked in spec §8.1's order and the first broken one is reported: key-source structure → hex formats
 * ({@code contentKey}, {@code kid}, {@code kek}/{@code ek}, {@code iv}) → the DRM's own parameters, required ones
 * first → extensions → {@code expirationTime} → {@code cookie} → durations → {@code generalFlags}. The DRM-specific
 * steps are {@link DrmRules}, one class per DRM.
 * <p>
 * Conventions: names are case-sensitive and unknown names are ignored ({@code customerAuthenticator},
 * {@code errorFormat}, {@code mediaToken} and {@code resourceId} belong to the caller). A sent parameter with an
 * empty value counts as sent, and is then usually invalid. Of a non-repeatable parameter sent twice, the first value
 * counts. {@code expirationTime} (and PlayReady's {@code rental.periodEndTime}) accept a leading space for the
 * {@code +} of {@code +<seconds>}, since an unencoded {@code +} decodes to a space ({@link ExpirationTimes}).
 * Messages never contain key material, and no parameter value is echoed.
 */
public final class TokenRequestValidator {

    private static final String EXPIRATION_TIME = "expirationTime";
    private static final String COOKIE = "cookie";
    private static final String GENERAL_FLAGS = "generalFlags";
    private static final int MAX_COOKIE_LENGTH = 32;

    private static final Map<DrmSystem, DrmRules> RULES = new EnumMap<>(Map.of(
            DrmSystem.FAIRPLAY, new FairPlayRules(),
            DrmSystem.WIDEVINE, new WidevineRules(),
            DrmSystem.PLAYREADY, new PlayReadyRules()));

    private final Clock clock;

    public TokenRequestValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws TokenRequestException with the ExpressPlay code of the first rule the request breaks */
    public TokenGrant validate(DrmSystem drm, TokenParameters parameters) {
        DrmRules rules = RULES.get(Objects.requireNonNull(drm, "drm"));
        Objects.requireNonNull(parameters, "parameters");
        Instant now = clock.instant();
        Map<String, Object> policy = new LinkedHashMap<>();

        KeySources.checkStructure(parameters, rules);
        KeySources.Resolved key = KeySources.resolve(parameters);
        rules.hexParameters(parameters, policy);
        rules.drmParameters(parameters, policy, now);
        rules.extensions(parameters, policy);
        Instant expiresAt = ExpirationTimes.tokenExpiry(parameters.first(EXPIRATION_TIME), now);
        Optional<String> cookie = parameters.first(COOKIE).map(TokenRequestValidator::checkCookie);
        rules.durations(parameters, policy);
        parameters.first(GENERAL_FLAGS).ifPresent(flags -> policy.put(GENERAL_FLAGS, checkGeneralFlags(flags)));

        return new TokenGrant(drm, key.kid(), key.source(), expiresAt, cookie, policy);
    }

    /** At most 32 characters (code points), none of them a control character. */
    private static String checkCookie(String cookie) {
        if (cookie.codePointCount(0, cookie.length()) > MAX_COOKIE_LENGTH
                || cookie.codePoints().anyMatch(Character::isISOControl)) {
            throw new TokenRequestException(TokenErrorCode.COOKIE_INVALID,
                    "at most " + MAX_COOKIE_LENGTH + " characters, no control characters");
        }
        return cookie;
    }

    /** A 4-byte hex string: 8 hex digits, or the 4 of the FairPlay/Widevine docs' {@code 0000}; lower-cased. */
    private static String checkGeneralFlags(String flags) {
        if (flags.length() != 4 && flags.length() != 8 || !HexParameter.isHex(flags)) {
            throw new TokenRequestException(TokenErrorCode.GENERAL_FLAGS_INVALID, "4 or 8 hex digits");
        }
        return flags.toLowerCase(Locale.ROOT);
    }
}
