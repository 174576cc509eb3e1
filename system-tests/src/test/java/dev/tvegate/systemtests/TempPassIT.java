package dev.tvegate.systemtests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import dev.tvegate.systemtests.support.Tenant;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TempPass (spec §8.3) to exhaustion: a basic trial starts at the first authorization and ends on the server clock
 * one minute later; a promotional trial is used up by its resource limit, follows the identity to another device, and
 * comes back after an admin reset. authz-service is not part of this suite yet, so the test makes its calls: authn's
 * internal TempPass API with the suite's {@code tvegate-internal} service client, as authz will.
 */
@SystemTest
@Order(4)
class TempPassIT {

    static Device basicTv;
    static long basicExpiresAt;

    @Test
    @Order(1)
    void aBasicTrialNeedsNoSignInAndStartsAtTheFirstAuthorization(Suite suite) {
        String mvpd = suite.tenant().tempPassMvpd();
        basicTv = Device.tv(suite);

        JsonPath session = basicTv.createSession(mvpd, "localhost", suite.appReturnUrl())
                .then().statusCode(200).extract().jsonPath();
        assertThat(List.of(session.getString("actionName"), session.getString("actionType"),
                session.getString("reasonType"))).containsExactly("authorize", "direct", "temporary");

        JsonPath before = basicTv.profile(mvpd).then().statusCode(200).extract().jsonPath();
        String p = "profiles.'" + mvpd + "'.";
        assertThat(before.getString(p + "type")).isEqualTo("temporary");
        assertThat(before.getString(p + "issuer")).isEqualTo("Adobe");
        assertThat(before.getString(p + "attributes.userID.value")).matches("temppass_[0-9a-f]{32}");
        assertThat(before.getLong(p + "notAfter") - before.getLong(p + "notBefore"))
                .isEqualTo(Tenant.TEMPPASS_TTL_SECONDS * 1000);

        // the first authorization (authz's call) starts the clock; later ones read the same trial
        long now = System.currentTimeMillis();
        JsonPath trial = trial(suite, "", Map.of("mvpd", mvpd, "deviceId", basicTv.deviceId()))
                .then().statusCode(200).extract().jsonPath();
        assertThat(trial.getString("state")).isEqualTo("active");
        assertThat(trial.getLong("startedAt")).isCloseTo(now, org.assertj.core.data.Offset.offset(10_000L));
        assertThat(trial.getLong("expiresAt") - trial.getLong("startedAt"))
                .isEqualTo(Tenant.TEMPPASS_TTL_SECONDS * 1000);
        basicExpiresAt = trial.getLong("expiresAt");
        JsonPath again = trial(suite, "", Map.of("mvpd", mvpd, "deviceId", basicTv.deviceId()))
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("trialId")).isEqualTo(trial.getString("trialId"));
        assertThat(again.getLong("expiresAt")).isEqualTo(basicExpiresAt);

        JsonPath running = basicTv.profile(mvpd).then().statusCode(200).extract().jsonPath();
        assertThat(running.getLong(p + "notAfter")).isEqualTo(basicExpiresAt);
        assertThat(running.getString(p + "attributes.userID.value"))
                .isEqualTo(before.getString(p + "attributes.userID.value"));
    }

    @Test
    @Order(2)
    void aPromotionalTrialIsUsedUpByItsResourceLimitFollowsTheViewerAndComesBackAfterAReset(Suite suite)
            throws Exception {
        String mvpd = suite.tenant().promoTempPassMvpd();
        String email = "viewer-" + suite.runId().toLowerCase() + "@example.com";
        String identity = Base64.getEncoder().encodeToString(("{\"email\":\"" + email + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        Device tv = Device.tv(suite);
        String p = "profiles.'" + mvpd + "'.";

        JsonPath fresh = tv.authn().header("AP-TempPass-Identity", identity).get("/api/v2/{sp}/profiles/{mvpd}",
                tv.sp(), mvpd).then().statusCode(200).extract().jsonPath();
        assertThat(fresh.getString(p + "type")).isEqualTo("temporary");
        assertThat(fresh.getInt(p + "attributes.remaining_resources.value"))
                .isEqualTo((int) Tenant.TEMPPASS_RESOURCE_LIMIT);

        Map<String, String> base = Map.of("mvpd", mvpd, "deviceId", tv.deviceId(), "identity", identity);
        assertThat(count(suite, base, "movie-a", 200).getString("verdict")).isEqualTo("counted");
        assertThat(count(suite, base, "movie-a", 200).getString("verdict")).as("replaying costs nothing")
                .isEqualTo("already_counted");
        JsonPath second = count(suite, base, "movie-b", 200);
        assertThat(second.getString("verdict")).isEqualTo("counted");
        assertThat(second.getInt("remaining")).isZero();
        JsonPath refused = count(suite, base, "movie-c", 403);
        assertThat(refused.getString("verdict")).isEqualTo("limit_reached");
        assertThat(refused.getString("error.code")).isEqualTo("temporary_access_resources_limit_exceeded");

        // the app sees a used-up trial as a 403 with the spec's code
        ErrorCasesIT.eec(tv.authn().header("AP-TempPass-Identity", identity).get("/api/v2/{sp}/profiles/{mvpd}",
                tv.sp(), mvpd), 403, "temporary_access_resources_limit_exceeded");
        // the same viewer on another device gets the same used-up trial (existing hash + new device)
        Device phone = Device.tv(suite);
        ErrorCasesIT.eec(phone.authn().header("AP-TempPass-Identity", identity)
                .get("/api/v2/{sp}/profiles/{mvpd}", phone.sp(), mvpd), 403,
                "temporary_access_resources_limit_exceeded");

        // the programmer resets the viewer's trial (by identity hash): both devices may watch again
        Response reset = given().baseUri(suite.authnUrl())
                .header("Authorization", "Bearer " + suite.tenant().adminToken())
                .queryParam("requestor_id", tv.sp()).queryParam("mvpd_id", mvpd).queryParam("key", sha256(email))
                .delete("/reset-tempass/v3/reset/generic");
        assertThat(reset.statusCode()).as(reset.asString()).isEqualTo(204);
        assertThat(reset.header("X-TempPass-Trials-Reset")).isEqualTo("1");
        JsonPath back = phone.authn().header("AP-TempPass-Identity", identity)
                .get("/api/v2/{sp}/profiles/{mvpd}", phone.sp(), mvpd).then().statusCode(200).extract().jsonPath();
        assertThat(back.getInt(p + "attributes.remaining_resources.value"))
                .isEqualTo((int) Tenant.TEMPPASS_RESOURCE_LIMIT);
    }

    @Test
    @Order(3)
    void theBasicTrialEndsOnTheServerClockAndStaysEndedUntilReset(Suite suite) throws Exception {
        assertThat(basicTv).as("the basic trial was started").isNotNull();
        String mvpd = suite.tenant().tempPassMvpd();
        long wait = basicExpiresAt + 500 - System.currentTimeMillis();
        System.out.println("[temppass] waiting " + Math.max(0, wait) + " ms for the 1-minute trial to end");
        if (wait > 0) {
            Thread.sleep(Math.min(wait, (Tenant.TEMPPASS_TTL_SECONDS + 5) * 1000));
        }

        ErrorCasesIT.eec(basicTv.profile(mvpd), 403, "temporary_access_duration_limit_exceeded");
        JsonPath trial = trial(suite, "", Map.of("mvpd", mvpd, "deviceId", basicTv.deviceId()))
                .then().statusCode(200).extract().jsonPath();
        assertThat(trial.getString("state")).isEqualTo("expired");
        assertThat(trial.getString("error.code")).isEqualTo("temporary_access_duration_limit_exceeded");
        assertThat(trial.getLong("expiresAt")).as("an ended trial does not restart").isEqualTo(basicExpiresAt);

        Response reset = given().baseUri(suite.authnUrl())
                .header("Authorization", "Bearer " + suite.tenant().adminToken())
                .queryParam("requestor_id", basicTv.sp()).queryParam("mvpd_id", mvpd)
                .queryParam("device_id", basicTv.deviceId())
                .delete("/reset-tempass/v3/reset");
        assertThat(reset.statusCode()).as(reset.asString()).isEqualTo(204);
        basicTv.profile(mvpd).then().statusCode(200);
    }

    /** authz's call: POST /internal/v1/temppass/trial{suffix} with the service token. */
    static Response trial(Suite suite, String suffix, Map<String, String> fields) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("serviceProvider", suite.tenant().serviceProvider());
        body.putAll(fields);
        return given().baseUri(suite.authnUrl()).header("Authorization", "Bearer " + suite.internalToken())
                .contentType(ContentType.JSON).body(body).post("/internal/v1/temppass/trial" + suffix);
    }

    static JsonPath count(Suite suite, Map<String, String> base, String resource, int status) {
        Map<String, String> fields = new LinkedHashMap<>(base);
        fields.put("resource", resource);
        Response r = trial(suite, "/resources", fields);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
        return r.jsonPath();
    }

    static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
