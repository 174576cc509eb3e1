package dev.tvegate.sandbox.adapter.in;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static dev.tvegate.sandbox.adapter.in.BrowserlessLogin.CLIENT;
import static dev.tvegate.sandbox.adapter.in.BrowserlessLogin.SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The entitlement endpoint, fault control, logo and health over HTTP. Shares the Quarkus boot of the OIDC test. */
@QuarkusTest
class EntitlementsAndControlTest {

    private static final String CONTROL_TOKEN = "test-control-token";

    @AfterEach
    void clearFaults() {
        given().auth().oauth2(CONTROL_TOKEN).delete("/_control/faults").then().statusCode(204);
    }

    private static ValidatableResponse entitle(String subject, String channel, String rating, String scheme) {
        Map<String, Object> resource = new HashMap<>();
        resource.put("channel", channel);
        resource.put("itemGuid", null);
        resource.put("itemTitle", null);
        resource.put("rating", rating);
        resource.put("ratingScheme", scheme);
        return given().auth().preemptive().basic(CLIENT, SECRET)
                .contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "resource", resource))
                .post("/entitlements").then();
    }

    @Test
    void aChannelInTheUsersPackagesIsPermitted() {
        entitle("u-alice-001", "ESPN", "TV-PG", "urn:v-chip")
                .statusCode(200)
                .body("decision", equalTo("Permit"))
                .body("message", nullValue())
                .body("parentalControl", equalTo(false))
                .body("ttl", equalTo(3600));
    }

    @Test
    void aChannelOutsideThePackagesIsDeniedWithTheReason() {
        entitle("u-bob-002", "ESPN", null, null)
                .statusCode(200)
                .body("decision", equalTo("Deny"))
                .body("message", equalTo("Your subscription package does not include the \"ESPN\" channel"))
                .body("parentalControl", equalTo(false));
    }

    @Test
    void aRatingAboveTheUsersLimitIsDeniedByParentalControl() {
        entitle("u-bob-002", "REF30", "TV-14", "urn:v-chip")
                .statusCode(200)
                .body("decision", equalTo("Deny"))
                .body("parentalControl", equalTo(true))
                .body("message", containsString("Parental controls"));
        entitle("u-carol-003", "HBO", "R", "urn:mpaa")
                .body("decision", equalTo("Deny"))
                .body("parentalControl", equalTo(true));
        entitle("u-carol-003", "HBO", "pg-13", "urn:mpaa")
                .body("decision", equalTo("Permit"));
    }

    @Test
    void anUnknownSubscriberIsDenied() {
        entitle("u-nobody", "REF30", null, null)
                .statusCode(200)
                .body("decision", equalTo("Deny"))
                .body("message", equalTo("Unknown subscriber"));
    }

    @Test
    void theQueryFormAnswersTheSame() {
        given().auth().preemptive().basic(CLIENT, SECRET)
                .queryParam("subject", "u-bob-002").queryParam("channel", "REF30").queryParam("rating", "TV-MA")
                .get("/entitlements").then()
                .statusCode(200)
                .body("decision", equalTo("Deny"))
                .body("parentalControl", equalTo(true));
    }

    @Test
    void theEndpointNeedsClientCredentialsAndAResource() {
        given().contentType(ContentType.JSON).body(Map.of("subject", "u-alice-001"))
                .post("/entitlements").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic(CLIENT, "wrong").queryParam("subject", "u-alice-001")
                .queryParam("channel", "REF30")
                .get("/entitlements").then().statusCode(401);
        given().auth().preemptive().basic(CLIENT, SECRET).contentType(ContentType.JSON)
                .body(Map.of("subject", "u-alice-001"))
                .post("/entitlements").then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void anInjected503FailsOnlyTheListedEndpoints() {
        given().auth().oauth2(CONTROL_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("failStatus", 503, "failRate", 1.0, "endpoints", List.of("entitlements",
                        "jwks")))
                .post("/_control/faults").then()
                .statusCode(200)
                .body("failStatus", equalTo(503));
        entitle("u-alice-001", "REF30", null, null).statusCode(503)
                .body("error", equalTo("temporarily_unavailable"));
        given().get("/jwks").then().statusCode(503);
        given().get("/.well-known/openid-configuration").then().statusCode(200);

        clearFaults();
        entitle("u-alice-001", "REF30", null, null).statusCode(200);
        given().get("/jwks").then().statusCode(200);
    }

    @Test
    void anInjectedDelaySlowsTheEndpointDown() {
        given().auth().oauth2(CONTROL_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("delayMs", 400, "endpoints", List.of("entitlements")))
                .post("/_control/faults").then().statusCode(200);
        long started = System.nanoTime();
        entitle("u-alice-001", "REF30", null, null).statusCode(200).body("decision", equalTo("Permit"));
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);
        given().auth().oauth2(CONTROL_TOKEN).get("/_control/faults").then()
                .statusCode(200)
                .body("delayMs", equalTo(400));
    }

    @Test
    void theControlApiIsProtectedAndValidated() {
        given().contentType(ContentType.JSON).body(Map.of("failStatus", 503))
                .post("/_control/faults").then().statusCode(401);
        given().auth().oauth2("wrong").delete("/_control/faults").then().statusCode(401);
        given().auth().oauth2(CONTROL_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("failStatus", 200))
                .post("/_control/faults").then().statusCode(400);
        given().auth().oauth2(CONTROL_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("failStatus", 503, "endpoints", List.of("nowhere")))
                .post("/_control/faults").then().statusCode(400)
                .body("error_description", containsString("nowhere"));
    }

    @Test
    void theLogoIsAnInlineSvg() {
        given().get("/logo.svg").then()
                .statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .body(containsString("<svg"))
                .body(containsString("Sandbox TV"));
    }

    @Test
    void healthReportsReady() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'sandbox-mvpd' }.data.signingKeys", equalTo(1));
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body(containsString("/token"))
                .body(containsString("/entitlements"));
    }
}
