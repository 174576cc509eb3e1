package dev.tvegate.authz.adapter.in.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import dev.tvegate.authz.application.port.out.V1AuthorizationStorePort;
import dev.tvegate.authz.domain.model.V1Authorization;
import dev.tvegate.authz.support.Remotes;
import dev.tvegate.authz.support.TestTokens;
import dev.tvegate.kernel.mediatoken.MediaTokenStatus;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
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
}
