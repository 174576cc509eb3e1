package dev.tvegate.systemtests;

import java.net.URI;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.DrmCustomer;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/**
 * Playback after authorize: a signed-in device authorizes {@value DrmCustomer#RESOURCE} at authz, hands the media
 * token to drm-token-service with a FairPlay token request for the content key stored for that resource, and gets a
 * license URL; the license server's rights check (the {@code local} backend) shows the resource and the media token
 * it was spent for, and the content key only with the customer's authenticator. The gate refuses the same media token
 * twice, a media token for another resource, a request without one; a tampered ExpressPlayToken is invalid.
 */
@SystemTest
@Order(8)
class DrmTokenFlowIT {

    /** A FairPlay IV: any 32 hex digits. */
    private static final String IV = "00112233445566778899aabbccddeeff";

    @Test
    void authorizeThenOneFairPlayTokenPerMediaToken(Suite suite) {
        String sp = suite.tenant().serviceProvider();
        String mvpd = suite.tenant().sandboxMvpd();
        DrmCustomer drm = suite.drmCustomer();

        Device app = Device.tv(suite);
        app.profileByCode(app.signIn(mvpd, Suite.ALICE, Suite.ALICE_PASSWORD)).then().statusCode(200);
        String mediaToken = mediaToken(app, mvpd, DrmCustomer.RESOURCE);
        String jti = MediaTokenVerifier
                .fromJwksUrl(URI.create(suite.authzUrl() + "/.well-known/media-token-jwks.json")).forRequestor(sp)
                .verify(mediaToken, DrmCustomer.RESOURCE).tokenId();
        System.out.printf("[drm] alice authorized %s: media token %s%n", DrmCustomer.RESOURCE, jti);

        // the FairPlay token: 200 text/uri-list, the license URL of the local backend's rights check
        Response issued = fairPlayToken(suite, drm, mediaToken);
        String licenseUrl = issued.then().statusCode(200).contentType(startsWith("text/uri-list")).extract().asString()
                .strip();
        System.out.printf("[drm] POST /hms/fp/token -> %d %s %s%n", issued.statusCode(), issued.contentType(),
                abbreviate(licenseUrl));
        assertThat(licenseUrl).startsWith(suite.drmUrl() + "/hms/fp/rights/?ExpressPlayToken=");

        // the rights check: the token's rights, without the key unless the license server authenticates
        JsonPath rights = rights(licenseUrl).then().statusCode(200).extract().jsonPath();
        System.out.printf("[drm] GET rights -> valid=%s resourceId=%s mediaTokenId=%s kid=%s contentKey=%s%n",
                rights.get("valid"), rights.get("resourceId"), rights.get("mediaTokenId"), rights.get("kid"),
                rights.get("contentKey"));
        assertThat(rights.getBoolean("valid")).isTrue();
        assertThat(rights.getString("resourceId")).isEqualTo(DrmCustomer.RESOURCE);
        assertThat(rights.getString("mediaTokenId")).isEqualTo(jti);
        assertThat(rights.getString("kid")).isEqualTo(drm.kid());
        assertThat(rights.getString("drm")).isEqualTo("fp");
        assertThat(rights.getMap("$")).doesNotContainKey("contentKey");
        String key = rights(licenseUrl + "&customerAuthenticator=" + drm.authenticator())
                .then().statusCode(200).extract().path("contentKey");
        System.out.printf("[drm] GET rights with customerAuthenticator -> contentKey %s (stored: %s)%n",
                mask(key), mask(drm.contentKey()));
        assertThat(key).isEqualTo(drm.contentKey());

        // the same media token again: spent
        expectRefusal("second use of the media token", fairPlayToken(suite, drm, mediaToken), 403, -4001,
                "already used");

        // a media token for CNN (also entitled) does not open REF30's key
        String cnnToken = mediaToken(app, mvpd, "CNN");
        expectRefusal("media token for CNN", fairPlayToken(suite, drm, cnnToken), 403, -4001, "another resource");

        // no media token at all
        expectRefusal("no media token", fairPlayToken(suite, drm, null), 401, -4001, "media token");

        // a tampered ExpressPlayToken at the rights check
        int at = licenseUrl.length() - 10;
        char flipped = licenseUrl.charAt(at) == 'A' ? 'B' : 'A';
        Response tampered = rights(licenseUrl.substring(0, at) + flipped + licenseUrl.substring(at + 1));
        System.out.printf("[drm] GET rights with a tampered token -> %d %s%n", tampered.statusCode(),
                tampered.asString());
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(tampered.jsonPath().getInt("errorCode")).isEqualTo(-4010);
    }

    private static String mediaToken(Device app, String mvpd, String resource) {
        JsonPath auth = app.decide("authorize", mvpd, resource).then().statusCode(200).extract().jsonPath();
        assertThat(auth.getBoolean("decisions[0].authorized")).as("alice may watch " + resource).isTrue();
        return auth.getString("decisions[0].token.serializedToken");
    }

    /** {@code POST /hms/fp/token} (form) with the stored key's {@code ^kid}; {@code mediaToken} left out if null. */
    private static Response fairPlayToken(Suite suite, DrmCustomer drm, String mediaToken) {
        RequestSpecification request = given().baseUri(suite.drmUrl()).contentType(ContentType.URLENC)
                .formParam("customerAuthenticator", drm.authenticator()).formParam("kid", drm.kid())
                .formParam("iv", IV).formParam("errorFormat", "json");
        if (mediaToken != null) {
            request = request.formParam("mediaToken", mediaToken);
        }
        return request.post("/hms/fp/token");
    }

    /** GET of a license URL exactly as the token API wrote it (already encoded). */
    private static Response rights(String url) {
        return given().urlEncodingEnabled(false).get(url);
    }

    private static void expectRefusal(String what, Response r, int status, int errorCode, String message) {
        System.out.printf("[drm] %s -> %d %s%n", what, r.statusCode(), r.asString());
        assertThat(r.statusCode()).as(what).isEqualTo(status);
        assertThat(r.jsonPath().getInt("errorCode")).as(what).isEqualTo(errorCode);
        assertThat(r.jsonPath().getString("errorMessage")).as(what).contains(message);
    }

    private static String abbreviate(String url) {
        return url.length() <= 90 ? url : url.substring(0, 90) + "…(" + url.length() + " chars)";
    }

    private static String mask(String hex) {
        return hex == null ? null : hex.substring(0, 4) + "…" + hex.substring(hex.length() - 4);
    }
}
