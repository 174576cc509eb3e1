package dev.tvegate.systemtests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.mediatoken.MediaTokenStatus;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import dev.tvegate.systemtests.support.Clients;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import dev.tvegate.systemtests.support.UserAgent;
import dev.tvegate.systemtests.support.UserAgent.Page;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static dev.tvegate.systemtests.V1RegCodeIT.v1;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole legacy REST v1 flow (spec §6): regcode → second-screen sign-in → {@code tokens/authn} →
 * {@code /api/v1/authorize} → {@code tokens/authz} → {@code tokens/media} (its token verifies offline) →
 * {@code DELETE /api/v1/logout} → {@code tokens/authz} 412.
 */
@SystemTest
@Order(7)
class V1AuthzFlowIT {

    @Test
    void aRegCodeDeviceIsAuthorizedGetsAMediaTokenAndSignsOut(Suite suite) {
        String sp = suite.tenant().serviceProvider();
        String mvpd = suite.tenant().sandboxMvpd();
        Clients.DcrClient client = suite.tenant().registerClient();
        String deviceId = "v1-authz-" + UUID.randomUUID();

        // not authenticated yet: 412 on authorize and tokens/authz
        authz(suite, client, sp, deviceId, "CNN").get("/api/v1/authorize.json").then().statusCode(412);
        authz(suite, client, sp, deviceId, "CNN").get("/api/v1/tokens/authz.json").then().statusCode(412);

        // regcode → second screen signs in through /api/v1/authenticate → the device's AuthN token
        String code = v1(suite.registrationUrl(), client).contentType(ContentType.URLENC)
                .header("X-Forwarded-For", "203.0.113.8")
                .formParam("deviceId", deviceId).formParam("deviceType", "appletv").formParam("mvpd", mvpd)
                .post("/reggie/v1/{sp}/regcode.json", sp).then().statusCode(201).extract().path("code");
        UserAgent browser = new UserAgent();
        Page toMvpd = browser.get(suite.authnUrl() + "/api/v1/authenticate?reg_code=" + code + "&requestor_id=" + sp
                + "&mso_id=" + mvpd + "&domain_name=localhost&noflash=true&no_iframe=true&redirect_url="
                + URLEncoder.encode(suite.appReturnUrl(), StandardCharsets.UTF_8));
        assertThat(toMvpd.status()).as(toMvpd.text()).isEqualTo(302);
        Page back = browser.get(browser.signInAtSandbox(browser.follow(toMvpd), Suite.ALICE, Suite.ALICE_PASSWORD)
                .location());
        assertThat(back.status()).as(back.text()).isEqualTo(302);
        JsonPath authn = V1RegCodeIT.tokensAuthn(suite, client, sp, deviceId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(authn.getString("mvpd")).isEqualTo(mvpd);

        // authorize: granted (JSON and the default XML); a channel outside alice's packages is 403 with the text
        JsonPath granted = authz(suite, client, sp, deviceId, "ESPN").get("/api/v1/authorize.json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(granted.getString("resource")).isEqualTo("ESPN");
        assertThat(granted.getString("mvpd")).isEqualTo(mvpd);
        assertThat(Long.parseLong(granted.getString("expires"))).isGreaterThan(System.currentTimeMillis());
        assertThat(authz(suite, client, sp, deviceId, "ESPN").get("/api/v1/authorize").then().statusCode(200)
                .extract().asString()).contains("<authorization>");
        Response deny = authz(suite, client, sp, deviceId, "HBO").get("/api/v1/authorize.json");
        assertThat(deny.statusCode()).isEqualTo(403);
        assertThat(deny.asString()).contains("User not authorized").contains("HBO").contains("channel");

        // tokens/authz: the AuthZ token; none for a resource never authorized
        JsonPath token = authz(suite, client, sp, deviceId, "ESPN").get("/api/v1/tokens/authz.json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(token.getString("resource")).isEqualTo("ESPN");
        assertThat(token.getString("expires")).isEqualTo(granted.getString("expires"));
        authz(suite, client, sp, deviceId, "REF40").get("/api/v1/tokens/authz.json").then().statusCode(404);

        // tokens/media: a short media token that the CDN verifies offline
        JsonPath media = authz(suite, client, sp, deviceId, "ESPN").get("/api/v1/tokens/media.json")
                .then().statusCode(200).extract().jsonPath();
        assertThat(media.getString("resource")).isEqualTo("ESPN");
        assertThat(media.getString("requestor")).isEqualTo(sp);
        assertThat(media.getString("mvpdId")).isEqualTo(mvpd);
        String serialized = media.getString("serializedToken");
        assertThat(Base64.getDecoder().decode(serialized)).isNotEmpty();
        MediaTokenVerifier verifier = MediaTokenVerifier
                .fromJwksUrl(java.net.URI.create(suite.authzUrl() + "/.well-known/media-token-jwks.json"))
                .forRequestor(sp);
        assertThat(verifier.verify(serialized, "ESPN").status()).isEqualTo(MediaTokenStatus.VALID_TOKEN);
        assertThat(verifier.verify(serialized, "CNN").status()).isEqualTo(MediaTokenStatus.INVALID_RESOURCE_ID);
        assertThat(authz(suite, client, sp, deviceId, "ESPN").get("/api/v1/mediatoken").then().statusCode(200)
                .extract().asString()).contains("<serializedToken>");

        // logout at authn: the AuthN token is gone, so tokens/authz is 412 (within a second: pub/sub)
        v1(suite.authnUrl(), client).queryParam("requestor", sp).queryParam("deviceId", deviceId)
                .delete("/api/v1/logout").then().statusCode(204);
        long t0 = System.nanoTime();
        int status;
        do {
            status = authz(suite, client, sp, deviceId, "ESPN").get("/api/v1/tokens/authz.json").statusCode();
        } while (status != 412 && System.nanoTime() - t0 < 3_000_000_000L && CookbookV2IT.pause(50));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[v1-authz] tokens/authz 412 %d ms after logout%n", ms);
        assertThat(status).isEqualTo(412);
        assertThat(ms).isLessThan(1_000);
        authz(suite, client, sp, deviceId, "ESPN").get("/api/v1/tokens/media.json").then().statusCode(412);
    }

    private static RequestSpecification authz(Suite suite, Clients.DcrClient client, String sp, String deviceId,
            String resource) {
        return v1(suite.authzUrl(), client).queryParam("requestor", sp).queryParam("deviceId", deviceId)
                .queryParam("resource", resource);
    }
}
