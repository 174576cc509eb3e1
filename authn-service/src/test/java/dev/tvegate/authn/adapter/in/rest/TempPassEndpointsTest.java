package dev.tvegate.authn.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.authn.support.MvpdStub;
import dev.tvegate.authn.support.RegistrationStub;
import dev.tvegate.authn.support.TempPassAndV1Stub;
import dev.tvegate.authn.support.TestTokens;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.testsupport.Devices;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import static dev.tvegate.authn.support.TempPassAndV1Stub.BASIC;
import static dev.tvegate.authn.support.TempPassAndV1Stub.PROMO;
import static dev.tvegate.authn.support.TempPassAndV1Stub.SHORT;
import static dev.tvegate.authn.support.TempPassAndV1Stub.TP_SP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/**
 * TempPass end to end (spec §4.6, §8.3): temporary profiles, the first authorization through the internal API,
 * expiry, promotional limits and identities, the matching rules, the reset API. Real Redis; registration stood in by
 * WireMock. Each test uses fresh device ids and identities.
 */
@QuarkusTest
@QuarkusTestResource(value = RegistrationStub.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MvpdStub.class, restrictToAnnotatedClass = false)
class TempPassEndpointsTest {

    private static final String CLIENT = "client-tp-app";
    private static final String TRIAL = "/internal/v1/temppass/trial";
    private static final long MINIMUM_RETENTION_MILLIS = Duration.ofDays(399).toMillis();

    @Inject
    RedisDataSource redis;

    @BeforeEach
    void stubs() {
        TempPassAndV1Stub.installConfiguration();
    }

    private static String device() {
        return Devices.newDeviceId();
    }

    /** {@code AP-TempPass-Identity} for an e-mail address, as the spec's sample encodes it. */
    private static String identity(String email) {
        return Base64.getEncoder().encodeToString(("{\"email\":\"" + email + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String newEmail() {
        return "viewer-" + Devices.newDeviceId() + "@example.com";
    }

    private static RequestSpecification app(String deviceId) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.client(CLIENT, TP_SP)))
                .header("AP-Device-Identifier", Devices.identifier(deviceId));
    }

    private static ValidatableResponse profile(String mvpd, String deviceId, String identityHeader) {
        RequestSpecification r = app(deviceId);
        if (identityHeader != null) {
            r.header("AP-TempPass-Identity", identityHeader);
        }
        return r.when().get("/api/v2/" + TP_SP + "/profiles/" + mvpd).then();
    }

    private static ValidatableResponse internal(String path, String mvpd, String deviceId, String identity,
            String resource) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("serviceProvider", TP_SP);
        body.put("mvpd", mvpd);
        body.put("deviceId", deviceId);
        if (identity != null) {
            body.put("identity", identity);
        }
        if (resource != null) {
            body.put("resource", resource);
        }
        return given().header("Authorization", TestTokens.bearer(TestTokens.internal())).contentType(ContentType.JSON)
                .body(body).when().post(path).then();
    }

    private static JsonPath start(String mvpd, String deviceId, String identity) {
        return internal(TRIAL, mvpd, deviceId, identity, null).statusCode(200).extract().jsonPath();
    }

    private static String admin() {
        return TestTokens.bearer(TestTokens.sign("tvegate-admin", null, List.of("*"), "admin", 3600));
    }

    private static String deviceKey(String mvpd, String deviceId) {
        return "authn:temppass:" + TP_SP + ":" + mvpd + ":device:" + Secrets.sha256Hex(deviceId);
    }

    @Test
    void aBasicTrialShowsATemporaryProfileAndStartsOnlyAtTheFirstAuthorization() {
        String tv = device();
        long before = System.currentTimeMillis();
        JsonPath preview = profile(BASIC, tv, null).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("profiles." + BASIC + ".type", equalTo("temporary"))
                .body("profiles." + BASIC + ".issuer", equalTo("Adobe"))
                .body("profiles." + BASIC + ".attributes.userID.value", matchesPattern("temppass_[0-9a-f]{32}"))
                .body("profiles." + BASIC + ".attributes.userID.state", equalTo("plain"))
                .extract().jsonPath();
        long notBefore = preview.getLong("profiles." + BASIC + ".notBefore");
        long notAfter = preview.getLong("profiles." + BASIC + ".notAfter");
        assertThat(notAfter - notBefore).isEqualTo(TempPassAndV1Stub.BASIC_TTL_SECONDS * 1000);
        assertThat(preview.getLong("profiles." + BASIC + ".attributes.expiration_date.value")).isEqualTo(notAfter);
        // reading the profile created nothing
        assertThat(redis.key().exists(deviceKey(BASIC, tv))).isFalse();

        // authz's first authorization starts the clock
        JsonPath trial = start(BASIC, tv, null);
        long startedAt = trial.getLong("startedAt");
        assertThat(startedAt).isBetween(before, System.currentTimeMillis());
        assertThat(trial.getLong("expiresAt")).isEqualTo(startedAt + 600_000);
        assertThat(trial.getString("state")).isEqualTo("active");
        assertThat(trial.getBoolean("promotional")).isFalse();
        assertThat((Object) trial.get("remaining")).isNull();
        assertThat(trial.getString("userId"))
                .isEqualTo(preview.getString("profiles." + BASIC + ".attributes.userID.value"));
        // state outlives the trial by far: kept until reset
        String trialKey = "authn:temppass:trial:" + trial.getString("trialId");
        assertThat(redis.key().pttl(trialKey)).isGreaterThan(MINIMUM_RETENTION_MILLIS);
        assertThat(redis.key().pttl(deviceKey(BASIC, tv))).isGreaterThan(MINIMUM_RETENTION_MILLIS);

        profile(BASIC, tv, null).statusCode(200)
                .body("profiles." + BASIC + ".notBefore", equalTo(startedAt))
                .body("profiles." + BASIC + ".notAfter", equalTo(startedAt + 600_000));
        // a second authorization does not move the start
        assertThat(start(BASIC, tv, null).getLong("startedAt")).isEqualTo(startedAt);
    }

    @Test
    void aSessionResumedWithATempPassMvpdIsPolledToATemporaryProfile() {
        String tv = device();
        String code = app(tv).contentType(ContentType.URLENC).formParam("domainName", TempPassAndV1Stub.TP_DOMAIN)
                .formParam("redirectUrl", "https://tp.tvegate.dev/back")
                .when().post("/api/v2/" + TP_SP + "/sessions").then().statusCode(200)
                .body("actionName", equalTo("resume")).extract().path("code");
        given().header("Authorization", TestTokens.bearer(TestTokens.client("client-phone", TP_SP)))
                .contentType(ContentType.URLENC).formParam("mvpd", BASIC)
                .when().post("/api/v2/" + TP_SP + "/sessions/" + code).then().statusCode(200)
                .body("actionName", equalTo("authorize"))
                .body("reasonType", equalTo("temporary"));
        given().header("Authorization", TestTokens.bearer(TestTokens.client(CLIENT, TP_SP)))
                .when().get("/api/v2/" + TP_SP + "/profiles/code/" + code).then().statusCode(200)
                .body("profiles." + BASIC + ".type", equalTo("temporary"));
    }

    @Test
    void anExpiredTrialAnswers403OnProfilesAndStaysExpiredUntilReset() {
        String tv = device();
        JsonPath trial = start(SHORT, tv, null);
        long expiresAt = trial.getLong("expiresAt");
        assertThat(expiresAt - trial.getLong("startedAt")).isEqualTo(2_000);
        await().atMost(5, TimeUnit.SECONDS).until(() -> System.currentTimeMillis() > expiresAt + 50);

        profile(SHORT, tv, null).statusCode(403)
                .body("code", equalTo("temporary_access_duration_limit_exceeded"))
                .body("status", equalTo(403))
                .body("action", equalTo("authentication"));
        internal(TRIAL, SHORT, tv, null, null).statusCode(200)
                .body("state", equalTo("expired"))
                .body("error.code", equalTo("temporary_access_duration_limit_exceeded"));
        internal(TRIAL + "/resources", SHORT, tv, null, "REF30").statusCode(403)
                .body("verdict", equalTo("expired"))
                .body("error.code", equalTo("temporary_access_duration_limit_exceeded"));
        // the expired state is still kept with the long retention
        assertThat(redis.key().pttl("authn:temppass:trial:" + trial.getString("trialId")))
                .isGreaterThan(MINIMUM_RETENTION_MILLIS);

        given().header("Authorization", admin()).queryParam("requestor_id", TP_SP).queryParam("mvpd_id", SHORT)
                .queryParam("device_id", tv)
                .when().delete("/reset-tempass/v3/reset").then().statusCode(204)
                .header("X-TempPass-Trials-Reset", "1");
        profile(SHORT, tv, null).statusCode(200).body("profiles." + SHORT + ".type", equalTo("temporary"));
        assertThat(start(SHORT, tv, null).getString("state")).isEqualTo("active");
    }

    @Test
    void aPromotionalTrialPlaysItsResourceLimitThenProfilesAnswer403() {
        String tv = device();
        String alice = identity(newEmail());
        profile(PROMO, tv, alice).statusCode(200)
                .body("profiles." + PROMO + ".attributes.remaining_resources.value", equalTo(2))
                .body("profiles." + PROMO + ".attributes.used_assets.value", empty());

        internal(TRIAL + "/resources", PROMO, tv, alice, "movie-a").statusCode(200)
                .body("verdict", equalTo("counted")).body("remaining", equalTo(1)).body("error", nullValue());
        profile(PROMO, tv, alice).statusCode(200)
                .body("profiles." + PROMO + ".attributes.remaining_resources.value", equalTo(1))
                .body("profiles." + PROMO + ".attributes.used_assets.value", equalTo(List.of("movie-a")));
        internal(TRIAL + "/resources", PROMO, tv, alice, "movie-b").statusCode(200).body("remaining", equalTo(0));
        // a resource already counted plays again
        internal(TRIAL + "/resources", PROMO, tv, alice, "movie-a").statusCode(200)
                .body("verdict", equalTo("already_counted"));
        internal(TRIAL + "/resources", PROMO, tv, alice, "movie-c").statusCode(403)
                .body("verdict", equalTo("limit_reached"))
                .body("state", equalTo("resources_exhausted"))
                .body("usedResources", equalTo(List.of("movie-a", "movie-b")))
                .body("error.code", equalTo("temporary_access_resources_limit_exceeded"))
                .body("error.status", equalTo(403));
        profile(PROMO, tv, alice).statusCode(403)
                .body("code", equalTo("temporary_access_resources_limit_exceeded"));
    }

    @Test
    void aPromotionalMvpdRequiresAWellFormedIdentityHeader() {
        String tv = device();
        profile(PROMO, tv, null).statusCode(400)
                .body("code", equalTo("invalid_header_identity_for_temporary_access"));
        profile(PROMO, tv, "not a hash @ all").statusCode(400)
                .body("code", equalTo("invalid_header_identity_for_temporary_access"));
        profile(PROMO, tv, identity("")).statusCode(400); // {"email":""}
        internal(TRIAL, PROMO, tv, null, null).statusCode(400)
                .body("code", equalTo("invalid_header_identity_for_temporary_access"));
        // a bare SHA-256 is an identity as it is; basic TempPass ignores the header
        profile(PROMO, tv, Secrets.sha256Hex(newEmail())).statusCode(200);
        profile(BASIC, tv, "not a hash @ all").statusCode(200);
    }

    @Test
    void theFourMatchingRulesPickTheTrial() {
        String d1 = device();
        String d2 = device();
        String d3 = device();
        String h1 = identity(newEmail());
        String h2 = identity(newEmail());
        String t1 = start(PROMO, d1, h1).getString("trialId");
        assertThat(start(PROMO, d2, h1).getString("trialId")).as("existing hash, new device").isEqualTo(t1);
        assertThat(start(PROMO, d1, h2).getString("trialId")).as("new hash, existing device").isEqualTo(t1);
        assertThat(start(PROMO, d2, h2).getString("trialId")).as("existing hash, existing device").isEqualTo(t1);
        assertThat(start(PROMO, d3, identity(newEmail())).getString("trialId")).as("new hash, new device")
                .isNotEqualTo(t1);
    }

    @Test
    void concurrentFirstAuthorizationsOfOneDeviceShareOneTrial() throws Exception {
        String tv = device();
        String who = identity(newEmail());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> start(PROMO, tv, who).getString("trialId"));
            }
            Set<String> ids = new HashSet<>();
            for (Future<String> f : pool.invokeAll(calls, 30, TimeUnit.SECONDS)) {
                ids.add(f.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theResetApiNeedsTheAdminScope() {
        String path = "/reset-tempass/v3/reset";
        given().queryParam("requestor_id", TP_SP).queryParam("mvpd_id", BASIC)
                .when().delete(path).then().statusCode(401).body("error", equalTo("invalid_token"));
        given().header("Authorization", TestTokens.bearer(TestTokens.client(CLIENT, TP_SP)))
                .queryParam("requestor_id", TP_SP).queryParam("mvpd_id", BASIC)
                .when().delete(path + "/generic").then().statusCode(403).body("error", equalTo("insufficient_scope"));
        given().header("Authorization", TestTokens.bearer(TestTokens.internal()))
                .queryParam("requestor_id", TP_SP).queryParam("mvpd_id", BASIC)
                .when().delete(path).then().statusCode(403);
        given().header("Authorization", admin()).queryParam("mvpd_id", BASIC)
                .when().delete(path).then().statusCode(400).body("code", equalTo("invalid_parameter_service_provider"));
        given().header("Authorization", admin()).queryParam("requestor_id", TP_SP).queryParam("mvpd_id", "RealTV")
                .when().delete(path).then().statusCode(400).body("code", equalTo("invalid_parameter_mvpd"));
        given().header("Authorization", admin()).queryParam("requestor_id", "NOSUCHSP").queryParam("mvpd_id", BASIC)
                .when().delete(path).then().statusCode(400).body("code", equalTo("invalid_parameter_service_provider"));
    }

    @Test
    void resetByKeyResetsTheIdentitysTrialWithEveryDeviceLinkedToIt() {
        String d1 = device();
        String d2 = device();
        String email = newEmail();
        String t1 = start(PROMO, d1, identity(email)).getString("trialId");
        start(PROMO, d2, identity(email));
        String other = start(PROMO, device(), identity(newEmail())).getString("trialId");

        given().header("Authorization", admin()).queryParam("requestor_id", TP_SP).queryParam("mvpd_id", PROMO)
                .queryParam("key", Secrets.sha256Hex(email))
                .when().delete("/reset-tempass/v3/reset/generic").then().statusCode(204)
                .header("X-TempPass-Trials-Reset", "1");
        assertThat(redis.key().exists("authn:temppass:trial:" + t1)).isFalse();
        assertThat(redis.key().exists(deviceKey(PROMO, d2))).isFalse();
        assertThat(redis.key().exists("authn:temppass:trial:" + other)).isTrue();
        assertThat(start(PROMO, d2, identity(email)).getString("trialId")).isNotEqualTo(t1);
        // an unknown key resets nothing
        given().header("Authorization", admin()).queryParam("requestor_id", TP_SP).queryParam("mvpd_id", PROMO)
                .queryParam("key", Secrets.sha256Hex(newEmail()))
                .when().delete("/reset-tempass/v3/reset/generic").then().statusCode(204)
                .header("X-TempPass-Trials-Reset", "0");
    }

    @Test
    void resetAllDeletesEveryTrialOfTheMvpdWithoutKeys() {
        for (int i = 0; i < 5; i++) {
            start(BASIC, device(), null);
        }
        String tv = device();
        start(SHORT, tv, null);
        given().header("Authorization", admin()).queryParam("requestor_id", TP_SP).queryParam("mvpd_id", BASIC)
                .queryParam("device_id", "all")
                .when().delete("/reset-tempass/v3/reset").then().statusCode(204);
        assertThat(redis.set(String.class).scard("authn:temppass:" + TP_SP + ":" + BASIC + ":trials")).isZero();
        List<String> left = new ArrayList<>();
        redis.key().scan(new io.quarkus.redis.datasource.keys.KeyScanArgs()
                .match("authn:temppass:" + TP_SP + ":" + BASIC + ":*").count(1000)).toIterable().forEach(left::add);
        assertThat(left).isEmpty();
        // another MVPD's trials are untouched
        assertThat(redis.key().exists(deviceKey(SHORT, tv))).isTrue();
    }

    @Test
    void aTempPassMvpdWithoutARuleIsAConfigurationError() {
        profile(TempPassAndV1Stub.BROKEN, device(), null).statusCode(500)
                .body("code", equalTo("invalid_configuration_temporary_access"))
                .body("action", equalTo("configuration"));
    }

    @Test
    void theInternalApiNeedsTheInternalScopeAndATempPassMvpd() {
        given().contentType(ContentType.JSON).body(Map.of("serviceProvider", TP_SP, "mvpd", BASIC, "deviceId", "x"))
                .when().post(TRIAL).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(TestTokens.client(CLIENT, TP_SP)))
                .contentType(ContentType.JSON).body(Map.of("serviceProvider", TP_SP, "mvpd", BASIC, "deviceId", "x"))
                .when().post(TRIAL).then().statusCode(403);
        internal(TRIAL, "RealTV", device(), null, null).statusCode(400).body("code", equalTo("invalid_parameter_mvpd"));
        internal(TRIAL, BASIC, null, null, null).statusCode(400)
                .body("code", equalTo("invalid_header_device_identifier"));
        internal(TRIAL + "/resources", BASIC, device(), null, null).statusCode(400)
                .body("code", equalTo("invalid_parameter_resources"));
        // a basic trial counts nothing and refuses nothing while it runs
        internal(TRIAL + "/resources", BASIC, device(), null, "REF30").statusCode(200)
                .body("verdict", equalTo("unlimited")).body("usedResources", empty());
    }
}
