package dev.tvegate.authz.adapter.in.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import dev.tvegate.authz.application.port.out.V1AuthorizationStorePort;
import dev.tvegate.authz.domain.model.V1Authorization;
import dev.tvegate.authz.support.Remotes;
import dev.tvegate.authz.support.TestTokens;
import dev.tvegate.kernel.legacy.LegacyRequestSigner;
import dev.tvegate.kernel.legacy.LegacySignedRequest;
import dev.tvegate.kernel.mediatoken.MediaTokenStatus;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** REST v1 authorization end to end (same application and stubs as {@link DecisionsEndpointTest}). */
@QuarkusTest
@QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)
class V1AuthorizationEndpointTest {

    @Inject
    V1AuthorizationStorePort store;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void closeBreakers() {
        breakers.resetAll(); // other test classes share the application and may leave one open
    }

    final String deviceId = "dev-" + UUID.randomUUID();
    final String userId = "user-" + UUID.randomUUID();

    void v1SignedIn() {
        Remotes.profile("v1:" + Remotes.SP, Remotes.MVPD, deviceId, "regular",
                "{\"userID\":{\"value\":\"" + userId + "\",\"state\":\"plain\"}}");
    }

    void mvpd(String channel, String body) {
        Remotes.server().stubFor(WireMock.post(urlEqualTo("/mvpd/" + Remotes.MVPD + "/entitlements"))
                .withRequestBody(matchingJsonPath("$.subject", WireMock.equalTo(userId)))
                .withRequestBody(matchingJsonPath("$.resource.channel", WireMock.equalTo(channel)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    RequestSpecification v1(String resource) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.client()))
                .queryParam("requestor", Remotes.SP).queryParam("deviceId", deviceId).queryParam("resource", resource);
    }

    @Test
    void authorize_then_tokens_authz_then_a_media_token_that_verifies() {
        v1SignedIn();
        mvpd("REF30", "{\"decision\":\"Permit\"}");

        String expires = v1("REF30").accept("application/json").get("/api/v1/authorize").then().statusCode(200)
                .body("mvpd", equalTo("Cablevision")).body("resource", equalTo("REF30"))
                .body("requestor", equalTo("REF30")).extract().path("expires");
        assertThat(Long.parseLong(expires)).isGreaterThan(System.currentTimeMillis() + 3_000_000);

        v1("REF30").get("/api/v1/tokens/authz").then().statusCode(200)
                .contentType(containsString("xml"))
                .body(containsString("<authorization><expires>" + expires + "</expires><mvpd>Cablevision</mvpd>"));
        v1("REF30").get("/api/v1/tokens/authz.json").then().statusCode(200).body("expires", equalTo(expires));
        v1("REF40").queryParam("format", "json").get("/api/v1/tokens/authz").then().statusCode(404)
                .body("status", equalTo(404)).body("message", equalTo("Not Found"));

        String token = v1("REF30").accept("application/json").get("/api/v1/tokens/media").then().statusCode(200)
                .body("mvpdId", equalTo("Cablevision")).body("userId", notNullValue())
                .extract().path("serializedToken");
        assertThat(MediaTokenVerifier.fromJwksUrl(URI.create("http://localhost:" + RestAssured.port
                + "/.well-known/media-token-jwks.json")).isValid(token, "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);
        v1("REF30").get("/api/v1/mediatoken").then().statusCode(200).body(containsString("<play>"))
                .body(containsString("<serializedToken>"));
        v1("REF40").get("/api/v1/tokens/media.json").then().statusCode(403)
                .body("message", equalTo("User not authorized"));
    }

    @Test
    void a_deny_is_403_with_the_mvpd_text_and_no_authentication_is_412() {
        v1SignedIn();
        mvpd("REF40", "{\"decision\":\"Deny\",\"message\":\"Your subscription package does not include the"
                + " \\\"REF40\\\" channel.\"}");
        v1("REF40").get("/api/v1/authorize").then().statusCode(403)
                .body(containsString("<error><status>403</status><message>User not authorized</message>"
                        + "<details>Your subscription package does not include the &quot;REF40&quot; channel.</details>"));

        given().header("Authorization", TestTokens.bearer(TestTokens.client())).queryParam("requestor", Remotes.SP)
                .queryParam("deviceId", "unknown-" + UUID.randomUUID()).queryParam("resource", "REF30")
                .accept("application/json").get("/api/v1/tokens/authz").then().statusCode(412)
                .body("message", equalTo("User not authenticated"));
    }

    @Test
    void an_expired_authz_token_is_410() {
        v1SignedIn();
        store.save(deviceId, new V1Authorization(Remotes.SP, "OLD", Remotes.MVPD, null, "sid",
                System.currentTimeMillis() - 1000)).await().indefinitely();
        v1("OLD").accept("application/json").get("/api/v1/tokens/authz").then().statusCode(410)
                .body("status", equalTo(410)).body("message", equalTo("Gone"));
    }

    @Test
    void preauthorize_takes_a_comma_list() {
        v1SignedIn();
        mvpd("A", "{\"decision\":\"Permit\"}");
        mvpd("B", "{\"decision\":\"Deny\",\"message\":\"no\"}");
        v1("A,B").accept("application/json").get("/api/v1/preauthorize").then().statusCode(200)
                .header("Adobe-Response-Confidence", "full").header("Adobe-Request-Id", notNullValue())
                .body("resources", hasSize(2))
                .body("resources[0].id", equalTo("A")).body("resources[0].authorized", equalTo(true))
                .body("resources[1].authorized", equalTo(false))
                .body("resources[1].error.code", equalTo("preauthorization_denied_by_mvpd"))
                .body("resources[1].error.details", equalTo("no"));
    }

    @Test
    void bad_v1_requests_get_v1_codes_in_the_requested_format() {
        given().header("Authorization", TestTokens.bearer(TestTokens.client())).queryParam("requestor", Remotes.SP)
                .queryParam("resource", "REF30").get("/api/v1/authorize").then().statusCode(400)
                .body(containsString("<code>invalid_device_id</code>"));
        v1(null).accept("application/json").get("/api/v1/authorize").then().statusCode(400)
                .body("code", equalTo("missing_resource"));
        given().queryParam("requestor", Remotes.SP).queryParam("deviceId", deviceId).queryParam("resource", "R")
                .accept("application/json").get("/api/v1/authorize").then().statusCode(401)
                .body("code", equalTo("invalid_access_token_client_application"));
        v1("<rss><!DOCTYPE x []></rss>").accept("application/json").get("/api/v1/authorize").then()
                .statusCode(400).body("code", equalTo("malformed_authz_request"));
    }

    // ------------------------------------------------------------------ legacy signed requestor (spec §1.4)

    private static final String VERIFY = "/internal/v1/legacy-requests/verify";

    /** A legacy header as an old client signs it (registration is WireMock here: the keys are never checked). */
    private static String signed(String path, String requestor) {
        return LegacyRequestSigner.authorizationHeader("GET", requestor, path, "pub-legacy-app", "priv-legacy-app",
                System.currentTimeMillis());
    }

    private static String nonce(String header) {
        return LegacySignedRequest.parse(header).orElseThrow().nonce();
    }

    /** registration verifies {@code header} for GET {@code path} (WireMock keeps answering: one call is checked). */
    private static String registrationVerifies(String path) {
        String header = signed(path, Remotes.SP);
        Remotes.server().stubFor(post(urlEqualTo(VERIFY)).atPriority(1)
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.authorization", WireMock.equalTo(header)))
                .withRequestBody(matchingJsonPath("$.method", WireMock.equalTo("GET")))
                .withRequestBody(matchingJsonPath("$.path", WireMock.equalTo(path)))
                .willReturn(okJson("{\"requestor\":\"" + Remotes.SP + "\",\"applicationId\":\"legacy-app\","
                        + "\"clientId\":\"legacy:pub-legacy-app\",\"serviceProviders\":[\"" + Remotes.SP + "\"],"
                        + "\"scopes\":[\"api:client:v2\"]}")));
        return header;
    }

    private static void registrationAnswers(String header, int status, String body) {
        Remotes.server().stubFor(post(urlEqualTo(VERIFY)).atPriority(1)
                .withRequestBody(containing(nonce(header)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    RequestSpecification legacy(String header, String resource) {
        return given().header("Authorization", header).queryParam("requestor", Remotes.SP)
                .queryParam("deviceId", deviceId).queryParam("resource", resource);
    }

    @Test
    void a_legacy_signed_requestor_gets_the_same_authorize_tokens_and_media_as_a_bearer_caller() {
        v1SignedIn();
        mvpd("REF30", "{\"decision\":\"Permit\"}");

        String authorize = registrationVerifies("/api/v1/authorize");
        String expires = legacy(authorize, "REF30").accept("application/json").get("/api/v1/authorize").then()
                .statusCode(200).body("mvpd", equalTo("Cablevision")).body("resource", equalTo("REF30"))
                .extract().path("expires");

        String read = registrationVerifies("/api/v1/tokens/authz.json");
        String legacyToken = legacy(read, "REF30").get("/api/v1/tokens/authz.json").then().statusCode(200)
                .body("expires", equalTo(expires)).extract().asString();
        // a DCR bearer caller of the requestor sees the very same AuthZ token
        assertThat(v1("REF30").get("/api/v1/tokens/authz.json").then().statusCode(200).extract().asString())
                .isEqualTo(legacyToken);

        String media = registrationVerifies("/api/v1/tokens/media");
        String token = legacy(media, "REF30").accept("application/json").get("/api/v1/tokens/media").then()
                .statusCode(200).body("mvpdId", equalTo("Cablevision")).body("requestor", equalTo("REF30"))
                .extract().path("serializedToken");
        assertThat(MediaTokenVerifier.fromJwksUrl(URI.create("http://localhost:" + RestAssured.port
                + "/.well-known/media-token-jwks.json")).isValid(token, "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);
        String alias = registrationVerifies("/api/v1/mediatoken");
        legacy(alias, "REF30").get("/api/v1/mediatoken").then().statusCode(200).body(containsString("<play>"));
        String preauthorize = registrationVerifies("/api/v1/preauthorize");
        legacy(preauthorize, "REF30").accept("application/json").get("/api/v1/preauthorize").then().statusCode(200)
                .body("resources[0].authorized", equalTo(true));

        // one verification per request
        for (String header : List.of(authorize, read, media, alias, preauthorize)) {
            Remotes.server().verify(1, postRequestedFor(urlEqualTo(VERIFY))
                    .withRequestBody(containing(nonce(header))));
        }
    }

    @Test
    void a_signature_registration_refuses_is_a_401_v1_error() {
        String replayed = signed("/api/v1/authorize", Remotes.SP);
        registrationAnswers(replayed, 401, "{\"error\":\"replayed_nonce\",\"message\":\"the nonce was already used\"}");

        legacy(replayed, "REF30").accept("application/json").get("/api/v1/authorize").then().statusCode(401)
                .body("code", equalTo("invalid_access_token_client_application"))
                .body("details", containsString("replayed_nonce"));
        legacy(replayed, "REF30").get("/api/v1/authorize").then().statusCode(401)
                .contentType(containsString("application/xml"))
                .body(containsString("<code>invalid_access_token_client_application</code>"));
    }

    @Test
    void a_signature_for_another_requestor_is_refused_without_asking_registration() {
        String foreign = signed("/api/v1/tokens/authz", "OTHER");
        registrationAnswers(foreign, 200, "{\"requestor\":\"OTHER\",\"clientId\":\"legacy:pub-legacy-app\"}");

        legacy(foreign, "REF30").accept("application/json").get("/api/v1/tokens/authz").then().statusCode(401)
                .body("code", equalTo("invalid_access_token_service_provider"));
        Remotes.server().verify(0, postRequestedFor(urlEqualTo(VERIFY)).withRequestBody(containing(nonce(foreign))));
    }

    @Test
    void registration_unable_to_verify_is_a_503_never_a_permit() {
        v1SignedIn();
        mvpd("REF30", "{\"decision\":\"Permit\"}");
        String header = signed("/api/v1/authorize", Remotes.SP);
        registrationAnswers(header, 500, "{}");

        legacy(header, "REF30").accept("application/json").get("/api/v1/authorize").then().statusCode(503)
                .body("code", equalTo("network_connection_timeout")).body("action", equalTo("retry"));
    }
}
