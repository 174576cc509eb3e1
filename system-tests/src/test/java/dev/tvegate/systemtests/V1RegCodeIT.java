package dev.tvegate.systemtests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.systemtests.support.Clients;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import dev.tvegate.systemtests.support.UserAgent;
import dev.tvegate.systemtests.support.UserAgent.Page;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy REST v1 "clientless" flow (spec §6.4): the device asks registration for a registration code and shows
 * it; a second screen signs in through {@code /api/v1/authenticate} with it; the device then finds its AuthN token.
 * Plus TempPass on v1 (free preview).
 */
@SystemTest
@Order(5)
class V1RegCodeIT {

    @Test
    void aDeviceIsSignedInThroughItsRegistrationCode(Suite suite) {
        String sp = suite.tenant().serviceProvider();
        String mvpd = suite.tenant().sandboxMvpd();
        Clients.DcrClient client = suite.tenant().registerClient();
        String deviceId = "v1-" + UUID.randomUUID();

        // the device (through its server) asks for a registration code
        JsonPath regcode = v1(suite.registrationUrl(), client).contentType(ContentType.URLENC)
                .header("X-Forwarded-For", "203.0.113.7")
                .formParam("deviceId", deviceId).formParam("deviceType", "appletv").formParam("mvpd", mvpd)
                .post("/reggie/v1/{sp}/regcode.json", sp).then().statusCode(201).extract().jsonPath();
        String code = regcode.getString("code");
        assertThat(code).matches("[BCDFGHJKLMNPQRSTVWXZ]{8}");
        assertThat(regcode.getString("requestor")).isEqualTo(sp);
        assertThat(regcode.getString("mvpd")).isEqualTo(mvpd);
        assertThat(regcode.getString("info.deviceId")).isEqualTo(deviceId);
        assertThat(regcode.getLong("expires") - regcode.getLong("generated")).isEqualTo(30 * 60 * 1000L);
        assertThat(v1(suite.registrationUrl(), client).get("/reggie/v1/{sp}/regcode/{code}.json", sp, code)
                .then().statusCode(200).extract().jsonPath().getString("id")).isEqualTo(regcode.getString("id"));

        // not signed in yet
        checkAuthn(suite, client, sp, deviceId).then().statusCode(403);
        assertThat(checkAuthn(suite, client, sp, deviceId).jsonPath().getString("message"))
                .isEqualTo("Authentication token not found");
        tokensAuthn(suite, client, sp, deviceId).then().statusCode(404);
        v1(suite.authnUrl(), client).queryParam("requestor", sp).get("/api/v1/checkauthn/{code}.json", code)
                .then().statusCode(403);

        // the second screen signs in with the code (redirect_url last, as the spec asks)
        UserAgent browser = new UserAgent();
        Page toMvpd = browser.get(suite.authnUrl() + "/api/v1/authenticate?reg_code=" + code + "&requestor_id=" + sp
                + "&mso_id=" + mvpd + "&domain_name=localhost&noflash=true&no_iframe=true&redirect_url="
                + URLEncoder.encode(suite.appReturnUrl(), StandardCharsets.UTF_8));
        assertThat(toMvpd.status()).as(toMvpd.text()).isEqualTo(302);
        assertThat(toMvpd.location()).startsWith(suite.sandboxUrl() + "/authorize?");
        Page form = browser.follow(toMvpd);
        Page callback = browser.signInAtSandbox(form, Suite.ALICE, Suite.ALICE_PASSWORD);
        Page back = browser.get(callback.location());
        assertThat(back.status()).as(back.text()).isEqualTo(302);
        assertThat(back.location()).isEqualTo(suite.appReturnUrl());
        System.out.println("[v1] " + String.join("\n[v1] ", browser.journal()));

        // the second screen sees the code's device authenticated; the device gets its AuthN token
        v1(suite.authnUrl(), client).queryParam("requestor", sp).get("/api/v1/checkauthn/{code}.json", code)
                .then().statusCode(200);
        checkAuthn(suite, client, sp, deviceId).then().statusCode(200);
        JsonPath token = tokensAuthn(suite, client, sp, deviceId).then().statusCode(200).extract().jsonPath();
        assertThat(token.getString("requestor")).isEqualTo(sp);
        assertThat(token.getString("mvpd")).isEqualTo(mvpd);
        assertThat(token.getString("userId")).isEqualTo(Suite.ALICE_SUB);
        assertThat(Long.parseLong(token.getString("expires")) - System.currentTimeMillis())
                .as("the integration's AuthN TTL (1 day)").isBetween(86_340_000L, 86_400_000L);
        // v1 XML is the default format
        String xml = v1(suite.authnUrl(), client).queryParam("requestor", sp).queryParam("deviceId", deviceId)
                .get("/api/v1/tokens/authn").then().statusCode(200).contentType(ContentType.XML).extract().asString();
        assertThat(xml).contains("<userId>" + Suite.ALICE_SUB + "</userId>");

        // the code is freed; the device signs out
        v1(suite.registrationUrl(), client).delete("/reggie/v1/{sp}/regcode/{code}", sp, code)
                .then().statusCode(204);
        v1(suite.registrationUrl(), client).get("/reggie/v1/{sp}/regcode/{code}.json", sp, code)
                .then().statusCode(404);
        v1(suite.authnUrl(), client).queryParam("requestor", sp).queryParam("deviceId", deviceId)
                .delete("/api/v1/logout").then().statusCode(204);
        tokensAuthn(suite, client, sp, deviceId).then().statusCode(404);
        checkAuthn(suite, client, sp, deviceId).then().statusCode(403);
    }

    @Test
    void freePreviewGivesTheDeviceATemporaryToken(Suite suite) {
        String sp = suite.tenant().serviceProvider();
        String mvpd = suite.tenant().tempPassMvpd();
        Clients.DcrClient client = suite.tenant().registerClient();
        String deviceId = "v1-preview-" + UUID.randomUUID();

        v1(suite.authnUrl(), client).contentType(ContentType.URLENC).formParam("requestor_id", sp)
                .formParam("deviceId", deviceId).formParam("mso_id", mvpd).formParam("domain_name", "localhost")
                .post("/api/v1/authenticate/freepreview").then().statusCode(204);
        checkAuthn(suite, client, sp, deviceId).then().statusCode(200);
        JsonPath token = tokensAuthn(suite, client, sp, deviceId).then().statusCode(200).extract().jsonPath();
        assertThat(token.getString("mvpd")).isEqualTo(mvpd);
        assertThat(token.getString("userId")).startsWith("temppass_");
    }

    static RequestSpecification v1(String baseUri, Clients.DcrClient client) {
        return given().baseUri(baseUri).header("Authorization", client.bearer()).redirects().follow(false);
    }

    static io.restassured.response.Response checkAuthn(Suite suite, Clients.DcrClient client, String sp,
            String deviceId) {
        return v1(suite.authnUrl(), client).queryParam("requestor", sp).queryParam("deviceId", deviceId)
                .get("/api/v1/checkauthn.json");
    }

    static io.restassured.response.Response tokensAuthn(Suite suite, Clients.DcrClient client, String sp,
            String deviceId) {
        return v1(suite.authnUrl(), client).queryParam("requestor", sp).queryParam("deviceId", deviceId)
                .get("/api/v1/tokens/authn.json");
    }
}
