package dev.tvegate.drm.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.KeySource;
import dev.tvegate.drm.domain.model.TokenGrant;
import dev.tvegate.drm.domain.model.TokenParameters;

import static dev.tvegate.drm.domain.error.TokenErrorCode.*;
import static dev.tvegate.drm.domain.model.DrmSystem.FAIRPLAY;
import static dev.tvegate.drm.domain.model.DrmSystem.PLAYREADY;
import static dev.tvegate.drm.domain.model.DrmSystem.WIDEVINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

class TokenRequestValidatorTest {

    private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    private static final String KEY = "00112233445566778899AABBCCDDEEFF";
    private static final String KID = "0123456789ABCDEF0123456789abcdef";
    private static final String IV = "FFEEDDCCBBAA99887766554433221100";
    private static final String KEK = "000102030405060708090a0b0c0d0e0f";
    private static final String EK = "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5"; // RFC 3394 §4.1
    private static final List<String> OPLS = List.of("analogVideoOPL", "compressedDigitalAudioOPL",
            "compressedDigitalVideoOPL", "uncompressedDigitalAudioOPL", "uncompressedDigitalVideoOPL");

    private final TokenRequestValidator validator = new TokenRequestValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    // --- request builders ---------------------------------------------------------------------------------------

    /** @param nameValues name, value, name, value, …; a repeated name gets several values */
    private static TokenParameters params(String... nameValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.computeIfAbsent(nameValues[i], n -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return TokenParameters.of(map);
    }

    private static TokenParameters fp(String... more) {
        return params(concat(new String[] { "contentKey", KEY, "iv", IV }, more));
    }

    private static TokenParameters wv(String... more) {
        return params(concat(new String[] { "kid", KID, "contentKey", KEY, "securityLevel", "1",
                "hdcpOutputControl", "0" }, more));
    }

    private static TokenParameters pr(String... more) {
        List<String> base = new ArrayList<>(List.of("kid", KID, "contentKey", KEY, "rightsType", "BuyToOwn"));
        OPLS.forEach(opl -> base.addAll(List.of(opl, "100")));
        return params(concat(base.toArray(String[]::new), more));
    }

    private static TokenParameters base(DrmSystem drm, String... more) {
        return switch (drm) {
            case FAIRPLAY -> fp(more);
            case WIDEVINE -> wv(more);
            case PLAYREADY -> pr(more);
        };
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static TokenParameters without(TokenParameters parameters, String... names) {
        return parameters.without(Set.of(names));
    }

    private TokenRequestException rejection(DrmSystem drm, TokenParameters parameters) {
        return catchThrowableOfType(TokenRequestException.class, () -> validator.validate(drm, parameters));
    }

    // --- rejections: one row per rule, per DRM --------------------------------------------------------------------

    static Stream<Arguments> rejections() {
        String tenYearsAndASecond = String.valueOf(10L * 365 * 86_400 + 1);
        return Stream.of(
                // key-source structure
                row("FP no key source", FAIRPLAY, params("iv", IV), CONTENT_KEY_INVALID),
                row("FP ContentKey is not contentKey", FAIRPLAY, params("ContentKey", KEY, "iv", IV),
                        CONTENT_KEY_INVALID),
                row("FP ek without kek", FAIRPLAY, params("ek", EK, "iv", IV), ENCRYPTED_KEY_INVALID),
                row("FP kek alone", FAIRPLAY, params("kek", KEK, "iv", IV), ENCRYPTED_KEY_INVALID),
                row("FP kek with kid and ek", FAIRPLAY, params("kek", KEK, "kid", KID, "ek", EK, "iv", IV),
                        ENCRYPTED_KEY_INVALID),
                row("FP kek with contentKey", FAIRPLAY, fp("kek", KEK, "ek", EK), ENCRYPTED_KEY_INVALID),
                row("WV kek with contentKey", WIDEVINE, wv("kek", KEK), ENCRYPTED_KEY_INVALID),
                row("WV ek without kek", WIDEVINE, without(wv("ek", EK), "contentKey"), ENCRYPTED_KEY_INVALID),
                row("WV kek alone", WIDEVINE, without(wv("kek", KEK), "contentKey", "kid"), ENCRYPTED_KEY_INVALID),
                row("PR kek with contentKey", PLAYREADY, pr("kek", KEK), KEK_AND_CONTENT_KEY),
                row("PR kek with contentKey and ek", PLAYREADY, pr("kek", KEK, "ek", EK), KEK_AND_CONTENT_KEY),
                row("PR ek without kek", PLAYREADY, without(pr("ek", EK), "contentKey"), ENCRYPTED_KEY_INVALID),
                row("WV kid missing", WIDEVINE, without(wv(), "kid"), KID_MISSING),
                row("WV kek+ek without kid", WIDEVINE, without(wv("kek", KEK, "ek", EK), "kid", "contentKey"),
                        KID_MISSING),
                row("WV Kid is not kid", WIDEVINE, without(wv("Kid", KID), "kid"), KID_MISSING),
                row("PR kid missing", PLAYREADY, without(pr(), "kid"), KID_MISSING),
                // hex formats
                row("FP contentKey 31 hex", FAIRPLAY, fp().with("contentKey", KEY.substring(1)), CONTENT_KEY_NOT_HEX),
                row("FP contentKey 34 hex", FAIRPLAY, fp().with("contentKey", KEY + "00"), CONTENT_KEY_NOT_HEX),
                row("FP contentKey not hex", FAIRPLAY, fp().with("contentKey", "g" + KEY.substring(1)),
                        CONTENT_KEY_NOT_HEX),
                row("FP contentKey empty", FAIRPLAY, fp().with("contentKey", ""), CONTENT_KEY_NOT_HEX),
                row("FP contentKey full-width digits", FAIRPLAY, fp().with("contentKey", "０".repeat(32)),
                        CONTENT_KEY_NOT_HEX),
                row("WV contentKey not hex", WIDEVINE, wv().with("contentKey", "z".repeat(32)), CONTENT_KEY_NOT_HEX),
                row("PR contentKey not hex", PLAYREADY, pr().with("contentKey", "z".repeat(32)), CONTENT_KEY_NOT_HEX),
                row("FP kid 30 hex", FAIRPLAY, fp("kid", KID.substring(2)), KID_NOT_HEX),
                row("WV kid not hex", WIDEVINE, wv().with("kid", "my-key"), KID_NOT_HEX),
                row("PR kid empty", PLAYREADY, pr().with("kid", ""), KID_NOT_HEX),
                row("FP ^kid 65 chars", FAIRPLAY, fp("kid", "^" + "k".repeat(65)), KID_TOO_LONG),
                row("WV ^kid 65 chars", WIDEVINE, wv().with("kid", "^" + "k".repeat(65)), KID_TOO_LONG),
                row("PR ^kid 10k chars", PLAYREADY, pr().with("kid", "^" + "k".repeat(10_000)), KID_TOO_LONG),
                row("FP ^ alone", FAIRPLAY, fp("kid", "^"), KID_INVALID),
                row("WV ^kid with a tab", WIDEVINE, wv().with("kid", "^my\tkey"), KID_INVALID),
                row("PR ^kid not ASCII", PLAYREADY, pr().with("kid", "^clé"), KID_INVALID),
                row("FP kek 30 hex", FAIRPLAY, params("kek", KEK.substring(2), "ek", EK, "iv", IV),
                        ENCRYPTED_KEY_INVALID),
                row("FP ek of an unwrapped key", FAIRPLAY, params("kek", KEK, "ek", KEY, "iv", IV),
                        ENCRYPTED_KEY_INVALID),
                row("WV ek not hex", WIDEVINE, without(wv("kek", KEK, "ek", "x".repeat(48)), "contentKey"),
                        ENCRYPTED_KEY_INVALID),
                row("PR kek not hex", PLAYREADY, without(pr("kek", "x".repeat(32)), "contentKey"),
                        ENCRYPTED_KEY_INVALID),
                row("FP iv missing", FAIRPLAY, without(fp(), "iv"), IV_INVALID),
                row("FP iv 16 hex", FAIRPLAY, fp().with("iv", IV.substring(16)), IV_INVALID),
                row("FP iv not hex", FAIRPLAY, fp().with("iv", "q".repeat(32)), IV_INVALID),
                // Widevine parameters
                row("WV securityLevel missing", WIDEVINE, without(wv(), "securityLevel"), SECURITY_LEVEL_MISSING),
                row("WV securityLevel 0", WIDEVINE, wv().with("securityLevel", "0"), SECURITY_LEVEL_INVALID),
                row("WV securityLevel 6", WIDEVINE, wv().with("securityLevel", "6"), SECURITY_LEVEL_INVALID),
                row("WV securityLevel empty", WIDEVINE, wv().with("securityLevel", ""), SECURITY_LEVEL_INVALID),
                row("WV securityLevel +1", WIDEVINE, wv().with("securityLevel", "+1"), SECURITY_LEVEL_INVALID),
                row("WV hdcpOutputControl missing", WIDEVINE, without(wv(), "hdcpOutputControl"),
                        HDCP_OUTPUT_CONTROL_MISSING),
                row("WV hdcpOutputControl 6", WIDEVINE, wv().with("hdcpOutputControl", "6"),
                        OUTPUT_CONTROL_OUT_OF_RANGE),
                row("WV hdcpOutputControl -1", WIDEVINE, wv().with("hdcpOutputControl", "-1"),
                        OUTPUT_CONTROL_OUT_OF_RANGE),
                row("WV trackType 5", WIDEVINE, wv("trackType", "5"), OUTPUT_CONTROL_OUT_OF_RANGE),
                row("WV contentId 257 chars", WIDEVINE, wv("contentId", "c".repeat(257)), WV_EXTENSION_INVALID),
                row("WV contentId with a newline", WIDEVINE, wv("contentId", "a\nb"), WV_EXTENSION_INVALID),
                row("WV contentId empty", WIDEVINE, wv("contentId", ""), WV_EXTENSION_INVALID),
                row("WV wvExtension without comma", WIDEVINE, wv("wvExtension", "wudo"), WV_EXTENSION_INVALID),
                row("WV wvExtension 17 times", WIDEVINE, wv(repeat("wvExtension", "wudo,AAAAAA==", 17)),
                        WV_EXTENSION_INVALID),
                row("WV wvExtension type of 3", WIDEVINE, wv("wvExtension", "wud,AAAAAA=="), EXTENSION_TYPE_INVALID),
                row("WV wvExtension payload not base64", WIDEVINE, wv("wvExtension", "wudo,!!!!"),
                        EXTENSION_PAYLOAD_INVALID),
                row("WV licenseDuration -1", WIDEVINE, wv("licenseDuration", "-1"), LICENSE_DURATION_INVALID),
                row("WV licenseDuration 1.5", WIDEVINE, wv("licenseDuration", "1.5"), LICENSE_DURATION_INVALID),
                row("WV playbackDuration not a number", WIDEVINE, wv("playbackDuration", "forever"),
                        LICENSE_DURATION_INVALID),
                row("WV playbackDuration overflowing", WIDEVINE, wv("playbackDuration", "9".repeat(30)),
                        LICENSE_DURATION_INVALID),
                // FairPlay parameters
                row("FP fpExtension without comma", FAIRPLAY, fp("fpExtension", "wudoAAAAAA=="), FP_EXTENSION_INVALID),
                row("FP fpExtension empty", FAIRPLAY, fp("fpExtension", ""), FP_EXTENSION_INVALID),
                row("FP fpExtension 17 times", FAIRPLAY, fp(repeat("fpExtension", "wudo,AAAAAA==", 17)),
                        FP_EXTENSION_INVALID),
                row("FP fpExtension type of 5", FAIRPLAY, fp("fpExtension", "wudoo,AAAAAA=="),
                        EXTENSION_TYPE_INVALID),
                row("FP fpExtension empty type", FAIRPLAY, fp("fpExtension", ",AAAAAA=="), EXTENSION_TYPE_INVALID),
                row("FP fpExtension type with a space", FAIRPLAY, fp("fpExtension", "wu o,AAAAAA=="),
                        EXTENSION_TYPE_INVALID),
                row("FP fpExtension payload url-safe base64", FAIRPLAY, fp("fpExtension", "wudo,AA-_AA=="),
                        EXTENSION_PAYLOAD_INVALID),
                row("FP fpExtension payload empty", FAIRPLAY, fp("fpExtension", "wudo,"), EXTENSION_PAYLOAD_INVALID),
                row("FP fpExtension payload truncated", FAIRPLAY, fp("fpExtension", "wudo,AAAAA"),
                        EXTENSION_PAYLOAD_INVALID),
                row("FP rentalDuration -5", FAIRPLAY, fp("rentalDuration", "-5"), RENTAL_DURATION_INVALID),
                row("FP rentalDuration not a number", FAIRPLAY, fp("rentalDuration", "1h"), RENTAL_DURATION_INVALID),
                row("FP rentalDuration beyond 10 years", FAIRPLAY, fp("rentalDuration", tenYearsAndASecond),
                        RENTAL_DURATION_INVALID),
                // PlayReady parameters
                row("PR rightsType missing", PLAYREADY, without(pr(), "rightsType"), RIGHTS_TYPE_MISSING),
                row("PR rightsType in lower case", PLAYREADY, pr().with("rightsType", "rental"), RIGHTS_TYPE_INVALID),
                row("PR rightsType unknown", PLAYREADY, pr().with("rightsType", "Subscription"), RIGHTS_TYPE_INVALID),
                row("PR Rental without periodEndTime", PLAYREADY, pr().with("rightsType", "Rental"),
                        RENTAL_PERIOD_END_MISSING),
                row("PR Rental periodEndTime bad format", PLAYREADY,
                        pr("rental.periodEndTime", "tomorrow").with("rightsType", "Rental"), RENTAL_PERIOD_END_MISSING),
                row("PR Rental periodEndTime in the past", PLAYREADY,
                        pr("rental.periodEndTime", "2025-05-31T23:59:59Z").with("rightsType", "Rental"),
                        RENTAL_PERIOD_END_MISSING),
                row("PR Rental playDuration not a number", PLAYREADY,
                        pr("rental.periodEndTime", "+3600", "rental.playDuration", "x").with("rightsType", "Rental"),
                        RENTAL_PLAY_DURATION_INVALID),
                row("PR OPL 1000", PLAYREADY, pr().with("analogVideoOPL", "1000"), OUTPUT_CONTROL_OUT_OF_RANGE),
                row("PR OPL -1", PLAYREADY, pr().with("uncompressedDigitalVideoOPL", "-1"),
                        OUTPUT_CONTROL_OUT_OF_RANGE),
                row("PR unknownOutputBehavior in lower case", PLAYREADY, pr("unknownOutputBehavior", "allow"),
                        UNKNOWN_OUTPUT_BEHAVIOR_INVALID),
                row("PR outputControlFlags 4 hex", PLAYREADY, pr("outputControlFlags", "0001"),
                        OUTPUT_CONTROL_FLAG_LENGTH),
                row("PR outputControlFlags 10 hex", PLAYREADY, pr("outputControlFlags", "0000000001"),
                        OUTPUT_CONTROL_FLAG_LENGTH),
                row("PR outputControlFlags not hex", PLAYREADY, pr("outputControlFlags", "0000000z"),
                        OUTPUT_CONTROL_FLAGS_INVALID),
                row("PR outputControlFlags empty", PLAYREADY, pr("outputControlFlags", ""),
                        OUTPUT_CONTROL_FLAGS_INVALID),
                row("PR minCertSecurityLevel 100", PLAYREADY, pr("minCertSecurityLevel", "100"),
                        OUTPUT_CONTROL_OUT_OF_RANGE),
                row("PR algId unknown", PLAYREADY, pr("algId", "AESCTR"), CONTENT_KEY_INVALID),
                row("PR extensionType without payload", PLAYREADY, pr("extensionType", "abcd"),
                        COMPANION_VALUE_MISSING),
                row("PR extensionPayload without type", PLAYREADY, pr("extensionPayload", "AAAAAA=="),
                        COMPANION_VALUE_MISSING),
                row("PR extensionType with a dash", PLAYREADY, pr("extensionType", "ab-d", "extensionPayload", "AAAA"),
                        EXTENSION_TYPE_INVALID),
                row("PR extensionType of 5", PLAYREADY, pr("extensionType", "abcde", "extensionPayload", "AAAA"),
                        EXTENSION_TYPE_INVALID),
                row("PR extensionPayload not base64", PLAYREADY,
                        pr("extensionType", "abcd", "extensionPayload", "A*AA"), EXTENSION_PAYLOAD_INVALID),
                // common: expirationTime, cookie, generalFlags
                row("FP expirationTime in 2006", FAIRPLAY, fp("expirationTime", "2006-04-14T12:01:10Z"),
                        EXPIRATION_TIME_INVALID),
                row("WV expirationTime +0", WIDEVINE, wv("expirationTime", "+0"), EXPIRATION_TIME_INVALID),
                row("PR expirationTime beyond 30 days", PLAYREADY, pr("expirationTime", "+2592001"),
                        EXPIRATION_TIME_INVALID),
                row("FP cookie of 33", FAIRPLAY, fp("cookie", "c".repeat(33)), COOKIE_INVALID),
                row("WV cookie with a newline", WIDEVINE, wv("cookie", "a\nb"), COOKIE_INVALID),
                row("PR cookie with DEL", PLAYREADY, pr("cookie", "a\u007fb"), COOKIE_INVALID),
                row("FP generalFlags of 3", FAIRPLAY, fp("generalFlags", "000"), GENERAL_FLAGS_INVALID),
                row("WV generalFlags of 6", WIDEVINE, wv("generalFlags", "000000"), GENERAL_FLAGS_INVALID),
                row("PR generalFlags not hex", PLAYREADY, pr("generalFlags", "0000000g"), GENERAL_FLAGS_INVALID));
    }

    private static Arguments row(String name, DrmSystem drm, TokenParameters parameters, TokenErrorCode code) {
        return Arguments.of(name, drm, parameters, code);
    }

    private static String[] repeat(String name, String value, int times) {
        List<String> nameValues = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            nameValues.addAll(List.of(name, value));
        }
        return nameValues.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("rejections")
    void refusesWithTheRulesCode(String name, DrmSystem drm, TokenParameters parameters, TokenErrorCode code) {
        TokenRequestException e = rejection(drm, parameters);

        assertThat(e).as(name).isNotNull();
        assertThat(e.errorCode()).as(name).isEqualTo(code);
        Stream.of("contentKey", "kek", "ek").flatMap(key -> parameters.all(key).stream())
                .filter(secret -> !secret.isEmpty())
                .forEach(secret -> assertThat(e.getMessage()).doesNotContainIgnoringCase(secret));
    }

    // --- order: the first broken rule wins ------------------------------------------------------------------------

    static Stream<Arguments> firstBrokenRuleWins() {
        return Stream.of(
                row("structure before hex", FAIRPLAY, params("ek", "zz", "contentKey", "zz"), ENCRYPTED_KEY_INVALID),
                row("PR -5007 before other kek rules", PLAYREADY, without(pr("kek", "zz"), "kid"), KEK_AND_CONTENT_KEY),
                row("contentKey before kid", FAIRPLAY, fp("kid", "zz").with("contentKey", "zz"), CONTENT_KEY_NOT_HEX),
                row("kid before iv", FAIRPLAY, fp("kid", "zz").with("iv", "zz"), KID_NOT_HEX),
                row("kek before iv", FAIRPLAY, params("kek", "zz", "ek", EK, "iv", "zz"), ENCRYPTED_KEY_INVALID),
                row("hex before DRM parameters", WIDEVINE, without(wv(), "securityLevel").with("kid", "zz"),
                        KID_NOT_HEX),
                row("DRM parameters before extensions", WIDEVINE,
                        without(wv("wvExtension", "bad"), "hdcpOutputControl"), HDCP_OUTPUT_CONTROL_MISSING),
                row("rightsType before OPLs", PLAYREADY, without(pr(), "rightsType", "analogVideoOPL"),
                        RIGHTS_TYPE_MISSING),
                row("extensions before expirationTime", FAIRPLAY, fp("fpExtension", "bad", "expirationTime", "bad"),
                        FP_EXTENSION_INVALID),
                row("expirationTime before cookie", WIDEVINE, wv("expirationTime", "bad", "cookie", "c".repeat(40)),
                        EXPIRATION_TIME_INVALID),
                row("cookie before durations", FAIRPLAY, fp("cookie", "c".repeat(40), "rentalDuration", "-1"),
                        COOKIE_INVALID),
                row("durations before generalFlags", PLAYREADY, pr("rental.playDuration", "x", "generalFlags", "x",
                        "rental.periodEndTime", "+60").with("rightsType", "Rental"), RENTAL_PLAY_DURATION_INVALID),
                row("generalFlags last", WIDEVINE, wv("licenseDuration", "60", "generalFlags", "x"),
                        GENERAL_FLAGS_INVALID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("firstBrokenRuleWins")
    void reportsTheFirstBrokenRule(String name, DrmSystem drm, TokenParameters parameters, TokenErrorCode code) {
        assertThat(rejection(drm, parameters).errorCode()).as(name).isEqualTo(code);
    }

    // --- details -------------------------------------------------------------------------------------------------

    @Test
    void fairPlayWithoutAnyKeySourceSaysWhatIsNeeded() {
        assertThat(rejection(FAIRPLAY, params("iv", IV)))
                .hasMessage("Content encryption key invalid: contentKey, kid or kek+ek required");
    }

    @ParameterizedTest
    @MethodSource("oplNames")
    void aMissingOplIsNamed(String opl) {
        TokenRequestException e = rejection(PLAYREADY, without(pr(), opl));

        assertThat(e.errorCode()).isEqualTo(OPL_MISSING);
        assertThat(e).hasMessageEndingWith(": " + opl);
    }

    static List<String> oplNames() {
        return OPLS;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2006-04-14T12:01:10Z      | in the past",
            "2025-06-01T00:00:00Z      | in the past",
            "2025-07-01T00:00:01Z      | beyond 30 days",
            "+2592001                  | beyond 30 days",
            "+99999999999999999999999  | beyond 30 days",
            "+0                        | format",
            "+                         | format",
            "+-60                      | format",
            "++60                      | format",
            "+6O                       | format",
            "tomorrow                  | format",
            "2025-06-02T00:00:00+00:00 | format",
            "2025-06-02T00:00:00z      | format",
            "2025-06-02 00:00:00Z      | format",
            "2025-06-02T00:00:00.Z     | format",
            "2025-06-31T00:00:00Z      | format",
            "1749000000                | format" })
    void aBadExpirationTimeSaysWhy(String expirationTime, String problem) {
        TokenRequestException e = rejection(WIDEVINE, wv("expirationTime", expirationTime));

        assertThat(e.errorCode()).isEqualTo(EXPIRATION_TIME_INVALID);
        assertThat(e).hasMessageContaining(problem);
    }

    // --- happy paths ---------------------------------------------------------------------------------------------

    @Test
    void fairPlayWithContentKeyAndIv() {
        TokenGrant grant = validator.validate(FAIRPLAY, fp());

        assertThat(grant.drm()).isEqualTo(FAIRPLAY);
        assertThat(grant.kid()).isEmpty();
        assertThat(grant.keySource()).isInstanceOfSatisfying(KeySource.Inline.class,
                inline -> assertThat(inline.contentKey()).isEqualTo(HexFormat.of().parseHex(KEY)));
        assertThat(grant.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(grant.cookie()).isEmpty();
        assertThat(grant.policy()).containsExactly(entry("iv", IV.toLowerCase()), entry("rentalDuration", 0L));
    }

    @ParameterizedTest
    @ValueSource(strings = { KID, "^my-key", "^ a name with spaces ~!", "^k" })
    void fairPlayWithKidOnlyUsesKeyStorage(String kid) {
        TokenGrant grant = validator.validate(FAIRPLAY, params("kid", kid, "iv", IV));
        String normalised = kid.startsWith("^") ? kid : kid.toLowerCase();

        assertThat(grant.kid()).contains(normalised);
        assertThat(grant.keySource()).isEqualTo(new KeySource.Stored(normalised));
    }

    @Test
    void aKeyStorageNameMayHave64Characters() {
        String kid = "^" + "k".repeat(64);

        assertThat(validator.validate(FAIRPLAY, params("kid", kid, "iv", IV)).kid()).contains(kid);
    }

    @Test
    void fairPlayWithKekAndEkUnwrapsLater() {
        TokenGrant grant = validator.validate(FAIRPLAY, params("kek", KEK.toUpperCase(), "ek", EK, "iv", IV));

        assertThat(grant.kid()).isEmpty();
        assertThat(grant.keySource()).isInstanceOfSatisfying(KeySource.Wrapped.class, wrapped -> {
            assertThat(wrapped.kek()).isEqualTo(HexFormat.of().parseHex(KEK));
            assertThat(wrapped.encryptedKey()).isEqualTo(HexFormat.of().parseHex(EK));
        });
    }

    @Test
    void kekWithKidFetchesFromKeyStorage() {
        TokenGrant grant = validator.validate(FAIRPLAY, params("kek", KEK, "kid", KID, "iv", IV));

        assertThat(grant.keySource()).isEqualTo(new KeySource.Stored(KID.toLowerCase()));
    }

    @Test
    void contentKeyWinsOverKidWhichIsCarried() {
        TokenGrant grant = validator.validate(FAIRPLAY, fp("kid", KID));

        assertThat(grant.keySource()).isInstanceOf(KeySource.Inline.class);
        assertThat(grant.kid()).contains(KID.toLowerCase());
    }

    @Test
    void fairPlayCarriesRepeatedExtensionsInOrderAndTheOptionalParameters() {
        TokenGrant grant = validator.validate(FAIRPLAY, fp("fpExtension", "wudo,AAAAAA==", "fpExtension",
                "abc1,AQID", "rentalDuration", "3600", "cookie", "order-4711", "generalFlags", "0000000A"));

        assertThat(grant.cookie()).contains("order-4711");
        assertThat(grant.policy()).containsExactly(
                entry("iv", IV.toLowerCase()),
                entry("fpExtension", List.of(Map.of("type", "wudo", "payload", "AAAAAA=="),
                        Map.of("type", "abc1", "payload", "AQID"))),
                entry("rentalDuration", 3600L),
                entry("generalFlags", "0000000a"));
    }

    @Test
    void sixteenExtensionsAreAllowed() {
        TokenGrant grant = validator.validate(FAIRPLAY, fp(repeat("fpExtension", "wudo,AAAAAA", 16)));

        assertThat((List<?>) grant.policy().get("fpExtension")).hasSize(16);
    }

    @Test
    void widevineWithEveryParameter() {
        TokenGrant grant = validator.validate(WIDEVINE, wv("contentId", "urn:content:42", "trackType", "1",
                "wvExtension", "wudo,AAAAAA==", "licenseDuration", "86400", "playbackDuration", "0",
                "generalFlags", "00000001").with("securityLevel", "5").with("hdcpOutputControl", "2"));

        assertThat(grant.kid()).contains(KID.toLowerCase());
        assertThat(grant.keySource()).isInstanceOf(KeySource.Inline.class);
        assertThat(grant.policy()).containsExactly(
                entry("securityLevel", 5L),
                entry("hdcpOutputControl", 2L),
                entry("contentId", "urn:content:42"),
                entry("trackType", 1L),
                entry("wvExtension", List.of(Map.of("type", "wudo", "payload", "AAAAAA=="))),
                entry("licenseDuration", 86400L),
                entry("playbackDuration", 0L),
                entry("generalFlags", "00000001"));
    }

    @Test
    void widevineMinimalLeavesDurationsOut() {
        TokenGrant grant = validator.validate(WIDEVINE, without(wv(), "contentKey"));

        assertThat(grant.keySource()).isEqualTo(new KeySource.Stored(KID.toLowerCase()));
        assertThat(grant.policy()).containsOnlyKeys("securityLevel", "hdcpOutputControl");
    }

    @ParameterizedTest
    @MethodSource("kidRequiringDrms")
    void whereKidIsRequiredItGoesWithKekAndEk(DrmSystem drm) {
        TokenGrant grant = validator.validate(drm, without(base(drm, "kek", KEK, "ek", EK), "contentKey"));

        assertThat(grant.kid()).contains(KID.toLowerCase());
        assertThat(grant.keySource()).isInstanceOf(KeySource.Wrapped.class);
    }

    static Stream<DrmSystem> kidRequiringDrms() {
        return Stream.of(WIDEVINE, PLAYREADY);
    }

    @Test
    void playReadyBuyToOwnWithEveryOptionalParameter() {
        TokenGrant grant = validator.validate(PLAYREADY, pr("unknownOutputBehavior", "SDOnly",
                "outputControlFlags", "0000000A", "minCertSecurityLevel", "2000", "algId", "aescbc",
                "extensionType", "ABc1", "extensionPayload", "AAAAAA==", "generalFlags", "00000001")
                .with("uncompressedDigitalVideoOPL", "300"));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("rightsType", "BuyToOwn");
        OPLS.forEach(opl -> expected.put(opl, 100L));
        expected.put("uncompressedDigitalVideoOPL", 300L);
        expected.put("outputControlFlags", "0000000a");
        expected.put("unknownOutputBehavior", "SDOnly");
        expected.put("minCertSecurityLevel", 2000L);
        expected.put("algId", "aescbc");
        expected.put("extensionType", "ABc1");
        expected.put("extensionPayload", "AAAAAA==");
        expected.put("generalFlags", "00000001");
        assertThat(grant.policy()).containsExactlyEntriesOf(expected);
    }

    @Test
    void playReadyBuyToOwnIgnoresRentalParameters() {
        TokenGrant grant = validator.validate(PLAYREADY, pr("rental.periodEndTime", "garbage",
                "rental.playDuration", "-1"));

        assertThat(grant.policy()).doesNotContainKeys("rental.periodEndTime", "rental.playDuration");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "+86400                   | 2025-06-02T00:00:00Z",
            "' 86400'                 | 2025-06-02T00:00:00Z",
            "2026-06-01T00:00:00Z     | 2026-06-01T00:00:00Z",
            "2025-06-01T00:00:00.500Z | 2025-06-01T00:00:00.500Z" })
    void playReadyRental(String periodEndTime, Instant expected) {
        TokenGrant grant = validator.validate(PLAYREADY, pr("rental.periodEndTime", periodEndTime,
                "rental.playDuration", "7200").with("rightsType", "Rental"));

        assertThat(grant.policy()).containsEntry("rightsType", "Rental")
                .containsEntry("rental.periodEndTime", expected.toString())
                .containsEntry("rental.playDuration", 7200L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-06-14T12:01:10Z           | 2025-06-14T12:01:10Z",
            "2025-06-14T12:01:10.123456789Z | 2025-06-14T12:01:10.123456789Z",
            "2025-07-01T00:00:00Z           | 2025-07-01T00:00:00Z",
            "+60                            | 2025-06-01T00:01:00Z",
            "' 60'                          | 2025-06-01T00:01:00Z",
            "+1                             | 2025-06-01T00:00:01Z",
            "+2592000                       | 2025-07-01T00:00:00Z",
            "+0000060                       | 2025-06-01T00:01:00Z" })
    void expirationTimeForms(String expirationTime, Instant expected) {
        for (DrmSystem drm : DrmSystem.values()) {
            assertThat(validator.validate(drm, base(drm, "expirationTime", expirationTime)).expiresAt())
                    .as(drm.name()).isEqualTo(expected);
        }
    }

    @Test
    void aCookieMayHave32CharactersOfAnyScript() {
        String cookie = "日本語".repeat(10) + "ok";

        assertThat(validator.validate(WIDEVINE, wv("cookie", cookie)).cookie()).contains(cookie);
    }

    @Test
    void unknownAndCallerParametersAreIgnored() {
        TokenParameters parameters = fp("customerAuthenticator", "201722,1ad8eed133edf43cbcc185f0236828ae",
                "errorFormat", "json", "mediaToken", "x.y.z", "resourceId", "urn:r", "useHttps", "true",
                "rightsType", "Nonsense", "IV", "not hex", "foo", "bar");

        TokenGrant grant = validator.validate(FAIRPLAY, parameters);
        TokenGrant plain = validator.validate(FAIRPLAY, fp());

        assertThat(grant).usingRecursiveComparison().isEqualTo(plain);
        assertThat(grant.policy()).containsOnlyKeys("iv", "rentalDuration");
    }

    @Test
    void theFirstValueOfARepeatedSingleParameterCounts() {
        TokenGrant grant = validator.validate(FAIRPLAY, fp("cookie", "first", "cookie", "c".repeat(100)));

        assertThat(grant.cookie()).contains("first");
    }

    // --- property: any input gives a grant or a TokenRequestException ---------------------------------------------

    private static final List<String> KNOWN_NAMES = List.of("contentKey", "kid", "kek", "ek", "iv", "rentalDuration",
            "fpExtension", "wvExtension", "generalFlags", "expirationTime", "cookie", "securityLevel",
            "hdcpOutputControl", "licenseDuration", "playbackDuration", "contentId", "trackType", "rightsType",
            "rental.periodEndTime", "rental.playDuration", "analogVideoOPL", "compressedDigitalAudioOPL",
            "compressedDigitalVideoOPL", "uncompressedDigitalAudioOPL", "uncompressedDigitalVideoOPL",
            "unknownOutputBehavior", "outputControlFlags", "extensionType", "extensionPayload",
            "minCertSecurityLevel", "algId", "customerAuthenticator", "errorFormat", "ContentKey", "KID", "", "x",
            "é", "kid.1");

    @Test
    void anyInputGivesAGrantOrATokenRequestException() {
        Random random = new Random(20250601L);
        int grants = 0;
        int refusals = 0;
        for (int i = 0; i < 5_000; i++) {
            DrmSystem drm = DrmSystem.values()[random.nextInt(3)];
            Map<String, List<String>> map = new LinkedHashMap<>(random.nextBoolean() ? base(drm).asMap() : Map.of());
            int changes = random.nextInt(random.nextBoolean() ? 3 : 12);
            for (int c = 0; c < changes; c++) {
                String name = KNOWN_NAMES.get(random.nextInt(KNOWN_NAMES.size()));
                List<String> values = new ArrayList<>();
                for (int v = 1 + (random.nextInt(8) == 0 ? random.nextInt(20) : 0); v > 0; v--) {
                    values.add(randomValue(random));
                }
                map.put(name, values);
            }
            TokenParameters parameters = TokenParameters.of(map);
            try {
                validator.validate(drm, parameters);
                grants++;
            } catch (TokenRequestException e) {
                assertThat(e.errorCode()).isNotNull();
                refusals++;
            } catch (RuntimeException e) {
                throw new AssertionError("#" + i + " " + drm + " " + map, e);
            }
        }
        assertThat(grants).isPositive();
        assertThat(refusals).isPositive();
    }

    private static String randomValue(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> "x".repeat(10_000);
            case 2 -> "^" + "é".repeat(random.nextInt(100));
            case 3 -> randomHex(random, List.of(4, 8, 16, 31, 32, 33, 48).get(random.nextInt(7)));
            case 4 -> String.valueOf(random.nextLong());
            case 5 -> String.valueOf(random.nextInt(1_100));
            case 6 -> (random.nextBoolean() ? "+" : " ") + random.nextInt(5_000_000);
            case 7 -> "+" + "9".repeat(random.nextInt(40));
            case 8 -> Instant.ofEpochSecond(NOW.getEpochSecond() + random.nextInt(6_000_000) - 1_000_000) + "";
            case 9 -> "wudo," + "AAAA".repeat(random.nextInt(3)) + (random.nextBoolean() ? "==" : "");
            case 10 -> List.of("BuyToOwn", "Rental", "Allow", "SDOnly", "aesctr", "2000").get(random.nextInt(6));
            case 11 -> random.ints(random.nextInt(50), 0, 0x3000).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString();
            case 12 -> "\uD800" + "\u0000\n,^+";
            default -> "^" + randomHex(random, random.nextInt(70));
        };
    }

    private static String randomHex(Random random, int digits) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            hex.append("0123456789abcdefABCDEFg".charAt(random.nextInt(23)));
        }
        return hex.toString();
    }
}
