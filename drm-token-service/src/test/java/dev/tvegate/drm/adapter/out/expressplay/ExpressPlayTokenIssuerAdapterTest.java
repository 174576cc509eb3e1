package dev.tvegate.drm.adapter.out.expressplay;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tvegate.drm.application.port.out.TokenIssuerPort.IssueRequest;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.ContentKey;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.IssuedToken;
import dev.tvegate.drm.domain.model.KeySource;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.model.TokenGrant;
import dev.tvegate.drm.domain.model.TokenParameters;
import dev.tvegate.drm.support.ExpressPlayStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The {@code expressplay} issuer against WireMock as ExpressPlay ({@link ExpressPlayStub}): what is sent, how each
 * answer is read, and the guard (test settings: timeout 500 ms, breaker opens after 4 calls and stays open 60 s).
 */
@QuarkusTest
@QuarkusTestResource(value = ExpressPlayStub.class, restrictToAnnotatedClass = false)
class ExpressPlayTokenIssuerAdapterTest {

    static final String EP_CREDENTIAL = "201722,1ad8eed133edf43cbcc185f0236828ae";
    static final String CALLER_AUTHENTICATOR = "7,00112233445566778899aabbccddeeff";
    static final byte[] KEY = HexFormat.of().parseHex("5438e2c3a4f94b4fa3e1d2c0b9a8f7e6");
    static final String KID = "fd1a2b3c4d5e6f708192a3b4c5d6e7f8";
    static final String IV = "0123456789abcdef0123456789abcdef";
    static final String FP = "/hms/fp/token";
    static final String WV = "/hms/wv/token";
    static final String PR = "/hms/pr/token";
    static final String FP_TOKEN_URL = "https://fp.service.expressplay.com:80/hms/fp/rights/";
    static final String TOKEN = "AQAAABNlKcEAAABQaTjshua3-_x";
    static final String JSON = "application/json";

    @Inject
    ExpressPlayTokenIssuerAdapter adapter;

    @Inject
    CircuitBreakerMaintenance breakers;

    static boolean warm;

    /** One untimed round trip first: the first call of a fresh JVM (class loading, JIT, WireMock) can exceed 500 ms. */
    @BeforeEach
    void warmUp() {
        if (!warm) {
            warm = true;
            fairPlayIssues();
            adapter.issue(storedKeyFairPlay()).onFailure().recoverWithNull().await().atMost(Duration.ofSeconds(10));
            reset();
        }
    }

    @BeforeEach
    @AfterEach
    void reset() {
        ExpressPlayStub.server().resetAll();
        breakers.reset(ExpressPlayTokenClient.BREAKER);
    }

    // --- fixtures ---------------------------------------------------------------------------------------------

    static Customer customer(Map<Environment, String> expressPlayCredentials) {
        return new Customer(7, "Acme", true, TokenBackend.EXPRESSPLAY, Set.of(DrmSystem.values()), true, Set.of(),
                OptionalLong.empty(), List.of(), expressPlayCredentials);
    }

    static Map<String, List<String>> params(String... nameValues) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            map.computeIfAbsent(nameValues[i], n -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return map;
    }

    /** A FairPlay request whose key came from TVE Gate's key storage ({@code kid} only). */
    static IssueRequest storedKeyFairPlay() {
        TokenGrant grant = new TokenGrant(DrmSystem.FAIRPLAY, Optional.of(KID), new KeySource.Stored(KID),
                Instant.now().plus(Duration.ofDays(30)), Optional.empty(), Map.of("iv", IV));
        return new IssueRequest(customer(Map.of(Environment.PRODUCTION, EP_CREDENTIAL)), Environment.PRODUCTION,
                grant, KEY, Optional.of(new ContentKey(7, KID, KEY, Optional.of("REF30"))), Optional.of("REF30"),
                Optional.of("jti-1"), TokenParameters.of(params("customerAuthenticator", CALLER_AUTHENTICATOR,
                        "kid", KID, "iv", IV, "fpExtension", "wudo,AAAAAA==", "fpExtension", "abcd,AQID")));
    }

    static IssueRequest request(DrmSystem drm, Environment environment, Map<Environment, String> credentials,
            KeySource keySource, String... nameValues) {
        TokenGrant grant = new TokenGrant(drm, Optional.of(KID), keySource, Instant.now().plus(Duration.ofDays(1)),
                Optional.empty(), Map.of());
        return new IssueRequest(customer(credentials), environment, grant, KEY, Optional.empty(), Optional.empty(),
                Optional.empty(), TokenParameters.of(params(nameValues)));
    }

    static IssueRequest inlineKey(DrmSystem drm) {
        return request(drm, Environment.PRODUCTION, Map.of(Environment.PRODUCTION, EP_CREDENTIAL),
                new KeySource.Inline(KEY), "customerAuthenticator", CALLER_AUTHENTICATOR, "kid", KID, "contentKey",
                HexFormat.of().formatHex(KEY), "iv", IV);
    }

    static void answer(String path, int status, String contentType, String body) {
        answer(path, status, contentType, body, 0);
    }

    static void answer(String path, int status, String contentType, String body, int delayMillis) {
        ExpressPlayStub.server().stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body).withFixedDelay(delayMillis)));
    }

    static void fairPlayIssues() {
        answer(FP, 200, "text/uri-list", FP_TOKEN_URL + "?ExpressPlayToken=" + TOKEN);
    }

    IssuedToken issue(IssueRequest request) {
        return adapter.issue(request).await().atMost(Duration.ofSeconds(5));
    }

    void refused(IssueRequest request, TokenErrorCode code, String message) {
        refused(() -> issue(request), code, message);
    }

    static void refused(ThrowingCallable call, TokenErrorCode code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TokenRequestException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.getMessage()).contains(message).doesNotContain(EP_CREDENTIAL);
        });
    }

    static int calls(String path) {
        return ExpressPlayStub.server().countRequestsMatching(postRequestedFor(urlEqualTo(path)).build()).getCount();
    }

    /** The form ExpressPlay received last on {@code path}, as (name, value) pairs in order. */
    static List<Map.Entry<String, String>> lastForm(String path) {
        List<LoggedRequest> requests = ExpressPlayStub.server().findAll(postRequestedFor(urlEqualTo(path)));
        LoggedRequest last = requests.get(requests.size() - 1);
        assertThat(last.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        return Arrays.stream(last.getBodyAsString().split("&")).map(pair -> pair.split("=", 2))
                .map(kv -> Map.entry(decode(kv[0]), decode(kv[1]))).toList();
    }

    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    static List<String> values(List<Map.Entry<String, String>> form, String name) {
        return form.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    // --- what is sent, what comes back --------------------------------------------------------------------------

    @Test
    void a_stored_key_fairplay_request_is_forwarded_with_the_customers_credential_and_its_token_url_parsed() {
        fairPlayIssues();

        IssuedToken token = issue(storedKeyFairPlay());

        assertThat(token.drm()).isEqualTo(DrmSystem.FAIRPLAY);
        assertThat(token.licenseAcquisitionUrl()).isEqualTo(FP_TOKEN_URL);
        assertThat(token.token()).isEqualTo(TOKEN);
        assertThat(token.tokenUrl()).isEqualTo(FP_TOKEN_URL + "?ExpressPlayToken=" + TOKEN);

        var form = lastForm(FP);
        assertThat(values(form, "customerAuthenticator")).containsExactly(EP_CREDENTIAL);
        assertThat(values(form, "errorFormat")).containsExactly("json");
        assertThat(values(form, "contentKey")).containsExactly(HexFormat.of().formatHex(KEY));
        assertThat(values(form, "kid")).containsExactly(KID);
        assertThat(values(form, "iv")).containsExactly(IV);
        assertThat(values(form, "fpExtension")).containsExactly("wudo,AAAAAA==", "abcd,AQID");
        assertThat(form).extracting(Map.Entry::getKey).doesNotContain("mediaToken", "resourceId");
    }

    @Test
    void a_wrapped_key_is_forwarded_as_kek_and_ek_without_the_unwrapped_content_key() {
        answer(WV, 200, "text/uri-list",
                "# ExpressPlay\r\nhttps://wv.service.expressplay.com/hms/wv/rights/?b=1&ExpressPlayToken=" + TOKEN
                        + "\r\n");
        String kek = "00112233445566778899aabbccddeeff";
        String ek = "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7";

        IssuedToken token = issue(request(DrmSystem.WIDEVINE, Environment.PRODUCTION,
                Map.of(Environment.PRODUCTION, EP_CREDENTIAL), new KeySource.Wrapped(HexFormat.of().parseHex(kek),
                        HexFormat.of().parseHex(ek)),
                "kid", KID, "kek", kek, "ek", ek, "securityLevel", "1", "hdcpOutputControl", "0", "errorFormat",
                "html"));

        assertThat(token.licenseAcquisitionUrl()).isEqualTo("https://wv.service.expressplay.com/hms/wv/rights/?b=1");
        assertThat(token.token()).isEqualTo(TOKEN);
        var form = lastForm(WV);
        assertThat(values(form, "contentKey")).isEmpty();
        assertThat(values(form, "kek")).containsExactly(kek);
        assertThat(values(form, "ek")).containsExactly(ek);
        assertThat(values(form, "errorFormat")).containsExactly("json");
        assertThat(values(form, "customerAuthenticator")).containsExactly(EP_CREDENTIAL);
    }

    @Test
    void a_playready_json_answer_becomes_a_token() {
        answer(PR, 200, JSON, """
                {"licenseAcquisitionUrl": "https://pr.service.expressplay.com/playready/RightsManager.asmx",
                 "token": "%s"}""".formatted(TOKEN));

        IssuedToken token = issue(inlineKey(DrmSystem.PLAYREADY));

        assertThat(token).isEqualTo(new IssuedToken(DrmSystem.PLAYREADY,
                "https://pr.service.expressplay.com/playready/RightsManager.asmx", TOKEN));
        assertThat(values(lastForm(PR), "contentKey")).containsExactly(HexFormat.of().formatHex(KEY));
    }

    @Test
    void no_credential_for_the_environment_is_an_admin_error_and_nothing_is_sent() {
        fairPlayIssues();

        refused(request(DrmSystem.FAIRPLAY, Environment.TEST, Map.of(Environment.PRODUCTION, EP_CREDENTIAL),
                new KeySource.Inline(KEY), "contentKey", HexFormat.of().formatHex(KEY), "iv", IV),
                TokenErrorCode.ADMIN_ERROR, "no ExpressPlay credential configured for test");
        assertThat(calls(FP)).isZero();
    }

    // --- refusals --------------------------------------------------------------------------------------------

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments("a JSON refusal keeps ExpressPlay's code", 400, JSON,
                        "{\"errorCode\": -2027, \"errorMessage\": \"Content key must be 32 hex digits\"}",
                        TokenErrorCode.CONTENT_KEY_NOT_HEX, "ExpressPlay: Content key must be 32 hex digits"),
                arguments("an HTML refusal is read for its code", 400, "text/html",
                        "<html><body><h1>Error</h1><p>-6003 IV invalid</p></body></html>", TokenErrorCode.IV_INVALID,
                        "ExpressPlay: Error -6003 IV invalid"),
                arguments("-2018 refuses TVE Gate's stored credential, not the caller's: an admin error (500)", 401,
                        JSON, "{\"errorCode\": -2018, \"errorMessage\": \"Authentication token invalid: "
                                + EP_CREDENTIAL + "\"}",
                        TokenErrorCode.ADMIN_ERROR, "ExpressPlay admin error: ExpressPlay refused the configured credential"),
                arguments("an unknown code is an upstream failure naming it, never echoing the key", 400, JSON,
                        "{\"errorCode\": -9999, \"errorMessage\": \"odd key " + HexFormat.of().formatHex(KEY) + "\"}",
                        TokenErrorCode.UPSTREAM_FAILED, "ExpressPlay answered 400 -9999: odd key …"),
                arguments("a server error is an upstream failure", 500, JSON,
                        "{\"errorCode\": -2030, \"errorMessage\": \"Admin error\"}", TokenErrorCode.UPSTREAM_FAILED,
                        "ExpressPlay answered 500 -2030: Admin error"),
                arguments("a 200 without a token is an upstream failure", 200, "text/html", "<html>maintenance</html>",
                        TokenErrorCode.UPSTREAM_FAILED, "ExpressPlay: unreadable token answer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void expressplays_answer_becomes_the_callers_refusal(String name, int status, String contentType, String body,
            TokenErrorCode code, String message) {
        answer(FP, status, contentType, body);

        refused(storedKeyFairPlay(), code, message);
    }

    // --- the guard ---------------------------------------------------------------------------------------------

    @Test
    void a_slow_expressplay_is_a_timeout_after_the_configured_500_ms() {
        answer(FP, 200, "text/uri-list", FP_TOKEN_URL + "?ExpressPlayToken=" + TOKEN, 2_000);

        long start = System.nanoTime();
        refused(storedKeyFairPlay(), TokenErrorCode.UPSTREAM_TIMEOUT, "did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(450),
                Duration.ofMillis(1_500));
    }

    @Test
    void an_unreachable_host_is_unavailable() {
        // the test environment's token hosts are a closed port (application.properties, %test)
        refused(request(DrmSystem.FAIRPLAY, Environment.TEST, Map.of(Environment.TEST, EP_CREDENTIAL),
                new KeySource.Inline(KEY), "contentKey", HexFormat.of().formatHex(KEY), "iv", IV),
                TokenErrorCode.UPSTREAM_UNAVAILABLE, "ExpressPlay cannot be reached");
    }

    @Test
    void failures_open_the_breaker_which_then_fails_fast_until_reset_and_recovers() {
        answer(FP, 503, "text/html", "<html>down</html>");
        for (int i = 0; i < 4; i++) {
            refused(storedKeyFairPlay(), TokenErrorCode.UPSTREAM_FAILED, "ExpressPlay answered 503");
        }
        assertThat(breakers.currentState(ExpressPlayTokenClient.BREAKER)).isEqualTo(CircuitBreakerState.OPEN);

        fairPlayIssues(); // healthy again, but the breaker stays open for its delay
        long start = System.nanoTime();
        refused(storedKeyFairPlay(), TokenErrorCode.UPSTREAM_UNAVAILABLE, "paused");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(200));
        assertThat(calls(FP)).isEqualTo(4);

        breakers.reset(ExpressPlayTokenClient.BREAKER);
        assertThat(issue(storedKeyFairPlay()).token()).isEqualTo(TOKEN);
        assertThat(calls(FP)).isEqualTo(5);
    }

    @Test
    void refusals_of_bad_requests_never_open_the_breaker() {
        answer(FP, 400, "application/json", "{\"errorCode\": -6003, \"errorMessage\": \"IV invalid\"}");
        for (int i = 0; i < 10; i++) {
            refused(storedKeyFairPlay(), TokenErrorCode.IV_INVALID, "ExpressPlay: IV invalid");
        }
        assertThat(breakers.currentState(ExpressPlayTokenClient.BREAKER)).isEqualTo(CircuitBreakerState.CLOSED);

        fairPlayIssues();
        assertThat(issue(storedKeyFairPlay()).token()).isEqualTo(TOKEN);
        assertThat(calls(FP)).isEqualTo(11);
    }
}
