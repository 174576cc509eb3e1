package dev.tvegate.authz.adapter.in.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import dev.tvegate.authz.support.Remotes;
import dev.tvegate.authz.support.TestTokens;
import dev.tvegate.kernel.mediatoken.MediaTokenStatus;
import dev.tvegate.kernel.mediatoken.MediaTokenVerification;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import dev.tvegate.testsupport.Devices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Decisions end to end: real Redis (decision cache), WireMock as registration, authn and the MVPDs
 * ({@link Remotes}). Each test uses its own device and user, so cache entries never leak between tests or runs.
 */
@QuarkusTest
@QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)
class DecisionsEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTITLEMENTS = "/mvpd/%s/entitlements";

    @Inject
    CircuitBreakerMaintenance breakers;

    final String deviceId = Devices.newDeviceId();
    final String userId = "user-" + UUID.randomUUID();

    @BeforeEach
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    void signedIn(String mvpd, String extraAttributes) {
        Remotes.profile(mvpd, deviceId, "regular", "{\"userID\":{\"value\":\"" + userId + "\",\"state\":\"plain\"}"
                + extraAttributes + "}");
    }

    void mvpdAnswers(String mvpd, String channel, int status, String body, int delayMillis) {
        Remotes.server().stubFor(WireMock.post(urlEqualTo(ENTITLEMENTS.formatted(mvpd)))
                .withBasicAuth("tvegate", "s3cret")
                .withRequestBody(matchingJsonPath("$.subject", WireMock.equalTo(userId)))
                .withRequestBody(matchingJsonPath("$.resource.channel", WireMock.equalTo(channel)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body).withFixedDelay(delayMillis)));
    }

    int mvpdCalls(String mvpd, String channel) {
        return Remotes.server().countRequestsMatching(postRequestedFor(urlEqualTo(ENTITLEMENTS.formatted(mvpd)))
                .withRequestBody(containing(userId)).withRequestBody(containing("\"" + channel + "\"")).build())
                .getCount();
    }

    ValidatableResponse decide(String kind, String mvpd, Object body) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                .header("AP-Device-Identifier", Devices.identifier(deviceId))
                .header("X-Device-Info", Devices.tvInfo())
                .contentType(ContentType.JSON).body(body instanceof String s ? s : json(body))
                .post("/api/v2/" + Remotes.SP + "/decisions/" + kind + "/" + mvpd).then();
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> resources(String... r) {
        return Map.of("resources", List.of(r));
    }

    MediaTokenVerifier verifier() {
        return MediaTokenVerifier.fromJwksUrl(URI.create("http://localhost:" + RestAssured.port
                + "/.well-known/media-token-jwks.json")).forRequestor(Remotes.SP);
    }

    @Test
    void a_permit_carries_a_media_token_that_verifies_against_the_published_jwks_and_is_cached() {
        signedIn(Remotes.MVPD, "");
        mvpdAnswers(Remotes.MVPD, "REF30", 200, "{\"decision\":\"Permit\",\"ttl\":600}", 0);

        long before = System.currentTimeMillis();
        var body = decide("authorize", Remotes.MVPD, resources("REF30")).statusCode(200)
                .header("Cache-Control", "no-store")
                .body("decisions", hasSize(1))
                .body("decisions[0].resource", equalTo("REF30"))
                .body("decisions[0].serviceProvider", equalTo("REF30"))
                .body("decisions[0].mvpd", equalTo("Cablevision"))
                .body("decisions[0].source", equalTo("mvpd"))
                .body("decisions[0].authorized", equalTo(true))
                .body("decisions[0].error", nullValue())
                .extract().jsonPath();
        long tokenNotBefore = body.getLong("decisions[0].token.notBefore");
        long tokenNotAfter = body.getLong("decisions[0].token.notAfter");
        assertThat(tokenNotAfter - tokenNotBefore).as("7-minute media token").isEqualTo(420_000);
        assertThat(tokenNotBefore).isBetween(before - 1000, System.currentTimeMillis());
        long decisionNotAfter = body.getLong("decisions[0].notAfter") - body.getLong("decisions[0].notBefore");
        assertThat(decisionNotAfter).as("min(AuthZ TTL 3600 s, MVPD ttl 600 s)").isEqualTo(600_000);

        MediaTokenVerification v = verifier().verify(body.getString("decisions[0].token.serializedToken"), "REF30");
        assertThat(v.status()).isEqualTo(MediaTokenStatus.VALID_TOKEN);
        assertThat(v.mvpdId()).isEqualTo("Cablevision");
        assertThat(v.requestor()).isEqualTo("REF30");
        assertThat(v.userSessionGuid()).hasSize(32).doesNotContain(userId);
        assertThat(v.timeToLive()).isEqualTo(420_000);
        assertThat(verifier().isValid(body.getString("decisions[0].token.serializedToken"), "REF40"))
                .isEqualTo(MediaTokenStatus.INVALID_RESOURCE_ID);

        // the second authorize is served from the decision cache: the MVPD is not asked again, a new token is signed
        String second = decide("authorize", Remotes.MVPD, resources("REF30")).statusCode(200)
                .body("decisions[0].authorized", equalTo(true))
                .body("decisions[0].notAfter", equalTo(body.getLong("decisions[0].notAfter")))
                .extract().path("decisions[0].token.serializedToken");
        assertThat(second).isNotEqualTo(body.getString("decisions[0].token.serializedToken"));
        assertThat(mvpdCalls(Remotes.MVPD, "REF30")).isEqualTo(1);
    }

    @Test
    void a_deny_is_item_level_with_the_mvpd_message_and_parental_control_has_its_own_code() {
        signedIn(Remotes.MVPD, "");
        mvpdAnswers(Remotes.MVPD, "REF40", 200,
                "{\"decision\":\"Deny\",\"message\":\"Your subscription package does not include the \\\"Live\\\""
                        + " channel\"}",
                0);
        mvpdAnswers(Remotes.MVPD, "KIDS", 200,
                "{\"decision\":\"Deny\",\"message\":\"Rated TV-MA: blocked by parental controls\","
                        + "\"parentalControl\":true}",
                0);

        decide("authorize", Remotes.MVPD, resources("REF40")).statusCode(200)
                .body("decisions[0].authorized", equalTo(false))
                .body("decisions[0].token", nullValue())
                .body("decisions[0].error.code", equalTo("authorization_denied_by_mvpd"))
                .body("decisions[0].error.status", equalTo(403))
                .body("decisions[0].error.action", equalTo("none"))
                .body("decisions[0].error.details", containsString("\"Live\" channel"))
                .body("decisions[0].error.trace", notNullValue());
        String mrss = "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>KIDS</title>"
                + "<item><title>Late Show</title><guid>G-1</guid><media:rating scheme=\"urn:v-chip\">TV-MA"
                + "</media:rating></item></channel></rss>";
        decide("authorize", Remotes.MVPD, resources(mrss)).statusCode(200)
                .body("decisions[0].resource", equalTo(mrss))
                .body("decisions[0].error.code", equalTo("authorization_denied_by_parental_controls"))
                .body("decisions[0].error.details", containsString("parental"));
        // the MVPD received what MRSS said
        Remotes.server().verify(postRequestedFor(urlEqualTo(ENTITLEMENTS.formatted(Remotes.MVPD)))
                .withRequestBody(matchingJsonPath("$.resource.itemGuid", WireMock.equalTo("G-1")))
                .withRequestBody(matchingJsonPath("$.resource.rating", WireMock.equalTo("TV-MA")))
                .withRequestBody(matchingJsonPath("$.resource.ratingScheme", WireMock.equalTo("urn:v-chip"))));
    }

    @Test
    void preauthorize_answers_five_resources_without_tokens_and_refuses_six() {
        signedIn(Remotes.CLAIM_MVPD, ",\"entitlements\":{\"value\":[\"A\",\"C\",\"E\"],\"state\":\"plain\"}");

        decide("preauthorize", Remotes.CLAIM_MVPD, resources("A", "B", "C", "D", "E")).statusCode(200)
                .body("decisions.resource", equalTo(List.of("A", "B", "C", "D", "E")))
                .body("decisions.authorized", equalTo(List.of(true, false, true, false, true)))
                .body("decisions[0].token", nullValue())
                .body("decisions[0].notBefore", nullValue())
                .body("decisions[1].error.code", equalTo("preauthorization_denied_by_mvpd"));

        decide("preauthorize", Remotes.CLAIM_MVPD, resources("A", "B", "C", "D", "E", "F")).statusCode(403)
                .body("code", equalTo("too_many_resources"))
                .body("action", equalTo("configuration"));
        decide("authorize", Remotes.CLAIM_MVPD, resources("A", "C")).statusCode(403)
                .body("code", equalTo("too_many_resources"));
    }

    @Test
    void preauthorize_through_the_mvpd_endpoint_reads_the_cache_in_one_go_and_asks_only_for_misses() {
        signedIn(Remotes.MVPD, "");
        for (String ch : List.of("P1", "P2", "P3", "P4", "P5")) {
            mvpdAnswers(Remotes.MVPD, ch, 200, ch.equals("P4") ? "{\"decision\":\"Deny\",\"message\":\"no\"}"
                    : "{\"decision\":\"Permit\",\"ttl\":600}", 0);
        }
        decide("preauthorize", Remotes.MVPD, resources("P2", "P4")).statusCode(200)
                .body("decisions.authorized", equalTo(List.of(true, false)));

        // P2 and P4 are cached now; the others ask the MVPD; request order is kept
        decide("preauthorize", Remotes.MVPD, resources("P1", "P2", "P3", "P4", "P5")).statusCode(200)
                .body("decisions.resource", equalTo(List.of("P1", "P2", "P3", "P4", "P5")))
                .body("decisions.authorized", equalTo(List.of(true, true, true, false, true)))
                .body("decisions.source", equalTo(List.of("mvpd", "mvpd", "mvpd", "mvpd", "mvpd")))
                .body("decisions[3].error.code", equalTo("preauthorization_denied_by_mvpd"))
                .body("decisions[0].token", nullValue());
        // all five cached: no MVPD call at all
        decide("preauthorize", Remotes.MVPD, resources("P5", "P4", "P3", "P2", "P1")).statusCode(200)
                .body("decisions.authorized", equalTo(List.of(true, false, true, true, true)));
        for (String ch : List.of("P1", "P2", "P3", "P4", "P5")) {
            assertThat(mvpdCalls(Remotes.MVPD, ch)).as(ch).isEqualTo(1);
        }
    }

    @Test
    void no_profile_is_a_top_level_authenticated_profile_missing() {
        decide("authorize", Remotes.MVPD, resources("REF30")).statusCode(403)
                .body("code", equalTo("authenticated_profile_missing"))
                .body("action", equalTo("authentication"));
    }

    @Test
    void authn_failing_or_slow_is_a_clear_error_never_a_permit() {
        Remotes.server().stubFor(get(urlPathEqualTo("/internal/v1/profiles/REF30/" + Remotes.MVPD))
                .withQueryParam("deviceId", WireMock.equalTo(deviceId))
                .atPriority(1).willReturn(aResponse().withStatus(503)));
        decide("authorize", Remotes.MVPD, resources("REF30")).statusCode(403)
                .body("code", equalTo("network_received_error"))
                .body("action", equalTo("retry"));

        Remotes.server().stubFor(get(urlPathEqualTo("/internal/v1/profiles/REF30/" + Remotes.MVPD))
                .withQueryParam("deviceId", WireMock.equalTo(deviceId))
                .atPriority(1).willReturn(okJson("{}").withFixedDelay(2500)));
        long start = System.nanoTime();
        decide("authorize", Remotes.MVPD, resources("REF30")).statusCode(403)
                .body("code", equalTo("network_connection_timeout"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("answers at the 1.5 s timeout").isLessThan(2400);
    }

    @Test
    void a_slow_mvpd_times_out_into_an_item_level_error() {
        signedIn(Remotes.MVPD, "");
        mvpdAnswers(Remotes.MVPD, "SLOW", 200, "{\"decision\":\"Permit\"}", 1500);

        long start = System.nanoTime();
        decide("authorize", Remotes.MVPD, resources("SLOW")).statusCode(200)
                .body("decisions[0].authorized", equalTo(false))
                .body("decisions[0].token", nullValue())
                .body("decisions[0].error.code", equalTo("network_connection_timeout"))
                .body("decisions[0].error.action", equalTo("retry"));
        assertThat((System.nanoTime() - start) / 1_000_000).as("2 attempts cut at 600 ms, not 2 × 1.5 s").isLessThan(2500);
    }

    @Test
    void an_open_breaker_applies_the_opted_in_degradation_rule() {
        signedIn(Remotes.FLAKY_MVPD, "");
        mvpdAnswers(Remotes.FLAKY_MVPD, "REF30", 500, "{}", 0);

        // two requests × (call + 1 retry) = 4 failures: the breaker opens; meanwhile the answer is an error
        for (int i = 0; i < 2; i++) {
            decide("authorize", Remotes.FLAKY_MVPD, resources("REF30")).statusCode(200)
                    .body("decisions[0].authorized", equalTo(false))
                    .body("decisions[0].error.code", equalTo("network_received_error"));
        }
        int calls = mvpdCalls(Remotes.FLAKY_MVPD, "REF30");
        var open = decide("authorize", Remotes.FLAKY_MVPD, resources("REF30")).statusCode(200)
                .body("decisions[0].authorized", equalTo(true))
                .body("decisions[0].source", equalTo("degradation"))
                .body("decisions[0].notBefore", nullValue())
                .extract().jsonPath();
        assertThat(mvpdCalls(Remotes.FLAKY_MVPD, "REF30")).as("not called while open").isEqualTo(calls);
        assertThat(verifier().isValid(open.getString("decisions[0].token.serializedToken"), "REF30"))
                .isEqualTo(MediaTokenStatus.VALID_TOKEN);

        // each MVPD has its own breaker: another MVPD is still asked and answers
        signedIn(Remotes.MVPD, "");
        mvpdAnswers(Remotes.MVPD, "REF30", 200, "{\"decision\":\"Permit\"}", 0);
        decide("authorize", Remotes.MVPD, resources("REF30")).statusCode(200)
                .body("decisions[0].authorized", equalTo(true))
                .body("decisions[0].source", equalTo("mvpd"));

        // an MVPD without the opt-in gets a clear item-level error while its breaker is open
        Remotes.profile(Remotes.MVPD, deviceId, "regular", "{\"userID\":{\"value\":\"" + userId + "\"}}");
        mvpdAnswers(Remotes.MVPD, "BROKEN", 500, "{}", 0);
        for (int i = 0; i < 2; i++) {
            decide("authorize", Remotes.MVPD, resources("BROKEN")).statusCode(200)
                    .body("decisions[0].error.code", equalTo("network_received_error"));
        }
        decide("authorize", Remotes.MVPD, resources("BROKEN")).statusCode(200)
                .body("decisions[0].authorized", equalTo(false))
                .body("decisions[0].error.code", equalTo("network_received_error"))
                .body("decisions[0].error.details", containsString("paused"));
    }

    @Test
    void standing_authz_all_and_authz_none_rules() {
        signedIn(Remotes.ALL_MVPD, "");
        signedIn(Remotes.NONE_MVPD, "");
        decide("authorize", Remotes.ALL_MVPD, resources("ANY")).statusCode(200)
                .body("decisions[0].authorized", equalTo(true))
                .body("decisions[0].source", equalTo("degradation"))
                .body("decisions[0].token.serializedToken", notNullValue())
                .body("decisions[0].notBefore", nullValue());
        decide("authorize", Remotes.NONE_MVPD, resources("ANY")).statusCode(200)
                .body("decisions[0].authorized", equalTo(false))
                .body("decisions[0].source", equalTo("degradation"))
                .body("decisions[0].error.code", equalTo("authorization_denied_by_degradation_rule"));
        assertThat(mvpdCalls(Remotes.ALL_MVPD, "ANY") + mvpdCalls(Remotes.NONE_MVPD, "ANY")).isZero();
    }

    @Test
    void bad_requests_get_the_spec_codes() {
        signedIn(Remotes.CLAIM_MVPD, "");
        String doctype = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        decide("authorize", Remotes.CLAIM_MVPD, resources(doctype)).statusCode(400)
                .body("code", equalTo("invalid_parameter_resources"))
                .body("details", containsString("DOCTYPE"));
        decide("authorize", Remotes.CLAIM_MVPD, "{\"resources\":[]}").statusCode(400)
                .body("code", equalTo("invalid_parameter_resources"));
        decide("authorize", Remotes.CLAIM_MVPD, "{\"resources\":\"REF30\"}").statusCode(400)
                .body("code", equalTo("invalid_parameter_resources"));
        decide("authorize", Remotes.CLAIM_MVPD, "not json").statusCode(400)
                .body("code", equalTo("invalid_parameter_resources"));
        decide("authorize", Remotes.DISABLED_MVPD, resources("REF30")).statusCode(400)
                .body("code", equalTo("invalid_parameter_mvpd"));
        given().header("Authorization", TestTokens.bearer(TestTokens.client())).contentType(ContentType.JSON)
                .body(json(resources("REF30"))).post("/api/v2/REF30/decisions/authorize/" + Remotes.CLAIM_MVPD)
                .then().statusCode(400).body("code", equalTo("invalid_header_device_identifier"));
        given().header("AP-Device-Identifier", Devices.identifier(deviceId)).contentType(ContentType.JSON)
                .body(json(resources("REF30"))).post("/api/v2/REF30/decisions/authorize/" + Remotes.CLAIM_MVPD)
                .then().statusCode(401).body("code", equalTo("invalid_access_token_client_application"));
        given().header("Authorization", TestTokens.bearer(TestTokens.expired()))
                .header("AP-Device-Identifier", Devices.identifier(deviceId)).contentType(ContentType.JSON)
                .body(json(resources("REF30"))).post("/api/v2/REF30/decisions/authorize/" + Remotes.CLAIM_MVPD)
                .then().statusCode(401).body("code", equalTo("invalid_access_token_client_application"));
        given().header("Authorization", TestTokens.bearer(TestTokens.client(TestTokens.CLIENT_ID, "OTHER")))
                .header("AP-Device-Identifier", Devices.identifier(deviceId)).contentType(ContentType.JSON)
                .body(json(resources("REF30"))).post("/api/v2/REF30/decisions/authorize/" + Remotes.CLAIM_MVPD)
                .then().statusCode(401).body("code", equalTo("invalid_access_token_service_provider"));
    }

    @Test
    void the_jwks_publishes_public_es256_keys_only() {
        given().get("/.well-known/media-token-jwks.json").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .body("keys[0].kty", equalTo("EC"))
                .body("keys[0].alg", equalTo("ES256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].d", nullValue());
    }

    @Test
    void tempPass_authorize_goes_through_authns_trial_api_and_preauthorize_permits_all() {
        String identity = java.util.Base64.getEncoder().encodeToString("{\"email\":\"foo@bar.com\"}".getBytes());
        long now = System.currentTimeMillis();
        Remotes.server().stubFor(WireMock.post(urlEqualTo("/internal/v1/temppass/trial/resources"))
                .withHeader("Authorization", WireMock.matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.deviceId", WireMock.equalTo(deviceId)))
                .withRequestBody(matchingJsonPath("$.identity", WireMock.equalTo(identity)))
                .withRequestBody(matchingJsonPath("$.resource", WireMock.equalTo("movie-a")))
                .willReturn(okJson("{\"trialId\":\"t1\",\"serviceProvider\":\"REF30\",\"mvpd\":\"TempPass_TEST40\","
                        + "\"promotional\":true,\"ttlSeconds\":600,\"startedAt\":" + now + ",\"expiresAt\":"
                        + (now + 600_000) + ",\"resourceLimit\":1,\"usedResources\":[\"movie-a\"],\"remaining\":0,"
                        + "\"state\":\"active\",\"userId\":\"temppass_3f5c\",\"resource\":\"movie-a\","
                        + "\"verdict\":\"counted\"}")));
        Remotes.server().stubFor(WireMock.post(urlEqualTo("/internal/v1/temppass/trial/resources"))
                .withRequestBody(matchingJsonPath("$.deviceId", WireMock.equalTo(deviceId)))
                .withRequestBody(matchingJsonPath("$.resource", WireMock.equalTo("movie-b")))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"state\":\"resources_exhausted\",\"userId\":\"temppass_3f5c\","
                                + "\"verdict\":\"limit_reached\",\"error\":{\"action\":\"authentication\","
                                + "\"status\":403,\"code\":\"temporary_access_resources_limit_exceeded\","
                                + "\"message\":\"The temporary access resources limit has been exceeded.\"}}")));

        var permit = given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                .header("AP-Device-Identifier", Devices.identifier(deviceId)).header("AP-TempPass-Identity", identity)
                .contentType(ContentType.JSON).body(json(resources("movie-a")))
                .post("/api/v2/REF30/decisions/authorize/" + Remotes.TEMPPASS_MVPD).then().statusCode(200)
                .body("decisions[0].authorized", equalTo(true))
                .body("decisions[0].source", equalTo("temppass"))
                .body("decisions[0].notAfter", equalTo(now + 600_000))
                .extract().jsonPath();
        assertThat(verifier().isValid(permit.getString("decisions[0].token.serializedToken"), "movie-a"))
                .isEqualTo(MediaTokenStatus.VALID_TOKEN);

        decide("authorize", Remotes.TEMPPASS_MVPD, resources("movie-b")).statusCode(200)
                .body("decisions[0].authorized", equalTo(false))
                .body("decisions[0].source", equalTo("temppass"))
                .body("decisions[0].error.code", equalTo("temporary_access_resources_limit_exceeded"))
                .body("decisions[0].error.action", equalTo("authentication"));

        int calls = Remotes.server().countRequestsMatching(postRequestedFor(
                urlEqualTo("/internal/v1/temppass/trial/resources")).build()).getCount();
        decide("preauthorize", Remotes.TEMPPASS_MVPD, resources("x", "y", "z")).statusCode(200)
                .body("decisions.authorized", equalTo(List.of(true, true, true)))
                .body("decisions[0].source", equalTo("temppass"));
        assertThat(Remotes.server().countRequestsMatching(postRequestedFor(
                urlEqualTo("/internal/v1/temppass/trial/resources")).build()).getCount()).isEqualTo(calls);
    }

    @Inject
    io.quarkus.redis.datasource.RedisDataSource redis;

    @Test
    void a_logout_published_by_authn_drops_the_cached_profile_on_this_replica_at_once() throws Exception {
        signedIn(Remotes.CLAIM_MVPD, ",\"entitlements\":{\"value\":[\"REF30\"]}");
        decide("authorize", Remotes.CLAIM_MVPD, resources("REF30")).statusCode(200)
                .body("decisions[0].authorized", equalTo(true));

        // authn deletes the profile: without a logout message the cached profile still answers (TTL 30 s in tests)
        Remotes.server().stubFor(get(urlPathEqualTo("/internal/v1/profiles/REF30/" + Remotes.CLAIM_MVPD))
                .withQueryParam("deviceId", WireMock.equalTo(deviceId)).atPriority(0)
                .willReturn(aResponse().withStatus(404)));
        decide("authorize", Remotes.CLAIM_MVPD, resources("REF30")).statusCode(200)
                .body("decisions[0].authorized", equalTo(true));

        // authn's logout message (channel authn:logout, payload = hex SHA-256 of clientId \n deviceId \n sp)
        redis.pubsub(String.class).publish("authn:logout", dev.tvegate.authz.adapter.out.authn.ProfileCache
                .keyHash(TestTokens.CLIENT_ID, deviceId, Remotes.SP));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(1))
                .pollInterval(java.time.Duration.ofMillis(50)).untilAsserted(() -> decide("authorize",
                        Remotes.CLAIM_MVPD, resources("REF30")).statusCode(403)
                        .body("code", equalTo("authenticated_profile_missing")));
    }
}
