package dev.tvegate.drm.adapter.in.rest;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tvegate.drm.domain.service.ContentKeyUnwrap;
import dev.tvegate.drm.support.DrmCustomers;
import dev.tvegate.drm.support.DrmCustomers.Provisioned;
import dev.tvegate.drm.support.ExpressPlayStub;
import dev.tvegate.drm.support.MediaTokens;
import dev.tvegate.drm.support.Remotes;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The ExpressPlay-compatible token API over HTTP against the real PostgreSQL and Redis: GET and POST, both error
 * formats, every parameter rule's code reached by a request, the media-token gate (single use), the quota, the
 * {@code local} round trip (issue → rights check → tamper) and a customer delegating to ExpressPlay (WireMock).
 */
@QuarkusTest
@QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)
class TokenApiTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String IV = "0f0e0d0c0b0a09080706050403020100";
    private static final String KID = "^ref30-" + Long.toHexString(RANDOM.nextLong());
    private static final String SP = "REF30SP";
    private static final String CEK = hex(16);
    private static Provisioned gated;
    private static Provisioned open;

    /** Once per class, but after Quarkus pointed rest-assured at the started application. */
    @BeforeEach
    void provision() {
        if (gated != null) {
            return;
        }
        gated = DrmCustomers.create("{\"name\":\"gated\",\"backend\":\"local\",\"requestors\":[\"" + SP + "\"]}");
        DrmCustomers.putContentKey(gated.id(), KID, CEK, "REF30");
        open = DrmCustomers.create("{\"name\":\"ungated\",\"backend\":\"local\",\"gateEnabled\":false}");
        DrmCustomers.putContentKey(open.id(), KID, CEK, null);
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static RequestSpecification form(Map<String, String> params) {
        RequestSpecification spec = given().contentType("application/x-www-form-urlencoded");
        params.forEach(spec::formParam);
        return spec;
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static String tokenOf(String uriList) {
        return uriList.substring(uriList.indexOf("ExpressPlayToken=") + "ExpressPlayToken=".length());
    }

    // ------------------------------------------------------------------------------------------- the happy paths

    @Test
    void aViewerAuthorizedForTheResourceGetsOneFairPlayTokenPerMediaToken() {
        String mediaToken = MediaTokens.issue(SP, "REF30");
        String uriList = form(params("customerAuthenticator", gated.authenticator(), "kid", KID, "iv", IV,
                "mediaToken", mediaToken, "cookie", "order-42", "unknownParameter", "ignored"))
                .post("/hms/fp/token")
                .then().statusCode(200).contentType(startsWith("text/uri-list")).header("Cache-Control", "no-store")
                .body(matchesPattern("http://localhost:8084/hms/fp/rights/\\?ExpressPlayToken=[A-Za-z0-9_-]+"))
                .extract().asString();

        // the license server's view: the rights, without the key for whoever holds only the token …
        given().queryParam("ExpressPlayToken", tokenOf(uriList)).get("/hms/fp/rights/")
                .then().statusCode(200).body("valid", equalTo(true)).body("resourceId", equalTo("REF30"))
                .body("kid", equalTo(KID)).body("cookie", equalTo("order-42")).body("policy.iv", equalTo(IV))
                .body("policy.rentalDuration", equalTo(0)).body("contentKey", equalTo(null))
                .body("customerId", equalTo((int) gated.id()));
        // … and with the key for the customer itself
        given().queryParam("ExpressPlayToken", tokenOf(uriList))
                .queryParam("customerAuthenticator", gated.authenticator()).get("/hms/fp/rights")
                .then().statusCode(200).body("contentKey", equalTo(CEK));

        // the same media token again: refused, in both error formats
        form(params("customerAuthenticator", gated.authenticator(), "kid", KID, "iv", IV, "mediaToken", mediaToken))
                .post("/hms/fp/token")
                .then().statusCode(403).contentType(startsWith("text/html"))
                .body(containsString("Error -4001")).body(containsString("media token already used"));
        given().queryParam("customerAuthenticator", gated.authenticator()).queryParam("kid", KID)
                .queryParam("iv", IV).queryParam("mediaToken", mediaToken).queryParam("errorFormat", "json")
                .get("/hms/fp/token")
                .then().statusCode(403).contentType(startsWith("application/json"))
                .body("errorCode", equalTo(-4001)).body("errorMessage", containsString("already used"));
    }

    @Test
    void getWorksLikePostAndTheMediaTokenMayComeAsABearerToken() {
        given().queryParam("customerAuthenticator", gated.authenticator()).queryParam("kid", KID)
                .queryParam("iv", IV).header("Authorization", "Bearer " + MediaTokens.issue(SP, "REF30"))
                .get("/hms/fp/token")
                .then().statusCode(200).body(containsString("/hms/fp/rights/?ExpressPlayToken="));
    }

    @Test
    void widevineAnswersAUriListAndPlayReadyAJsonObject() {
        form(params("customerAuthenticator", open.authenticator(), "kid", KID, "securityLevel", "1",
                "hdcpOutputControl", "0")).post("/hms/wv/token")
                .then().statusCode(200).contentType(startsWith("text/uri-list"))
                .body(matchesPattern("http://localhost:8084/hms/wv/rights/\\?ExpressPlayToken=[A-Za-z0-9_-]+"));
        Response pr = form(params("customerAuthenticator", open.authenticator(), "kid", KID, "rightsType",
                "Rental", "rental.periodEndTime", "+3600", "analogVideoOPL", "100", "compressedDigitalAudioOPL", "100",
                "compressedDigitalVideoOPL", "400", "uncompressedDigitalAudioOPL", "100",
                "uncompressedDigitalVideoOPL", "300")).post("/hms/pr/token");
        pr.then().statusCode(200).contentType(startsWith("application/json"))
                .body("licenseAcquisitionUrl", equalTo("http://localhost:8084/hms/pr/rights/"))
                .body("token", matchesPattern("[A-Za-z0-9_-]+"));
        given().queryParam("ExpressPlayToken", pr.jsonPath().getString("token")).get("/hms/pr/rights/")
                .then().statusCode(200).body("policy.rightsType", equalTo("Rental"))
                .body("policy.analogVideoOPL", equalTo(100));
    }

    @Test
    void aTamperedForeignDrmOrUnknownTokenFailsTheRightsCheck() {
        String token = tokenOf(form(params("customerAuthenticator", open.authenticator(), "contentKey", CEK, "iv",
                IV)).post("/hms/fp/token").then().statusCode(200).extract().asString());
        char[] chars = token.toCharArray();
        int i = chars.length / 2;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        for (String bad : new String[] { new String(chars), token.substring(0, token.length() - 2), "garbage",
                "AQAAABNlKcEAAABQaTjshua3" }) {
            given().queryParam("ExpressPlayToken", bad).get("/hms/fp/rights/")
                    .then().statusCode(400).body("errorCode", equalTo(-4010));
        }
        given().queryParam("ExpressPlayToken", token).get("/hms/wv/rights/")
                .then().statusCode(400).body("errorMessage", containsString("/hms/fp/"));
        given().get("/hms/fp/rights/").then().statusCode(400).body("errorMessage", containsString("missing"));
        given().queryParam("ExpressPlayToken", token).queryParam("customerAuthenticator", gated.authenticator())
                .get("/hms/fp/rights/").then().statusCode(401).body("errorCode", equalTo(-2018));
        given().queryParam("errorFormat", "json").get("/hms/xx/token").then().statusCode(404)
                .body("errorMessage", containsString("Bad URL"));
    }

    // --------------------------------------------------------------------------------- the media-token gate

    @Test
    void theGateRefusesEveryMediaTokenThatDoesNotEntitleThisPlayback() {
        Map<String, String> base = params("customerAuthenticator", gated.authenticator(), "kid", KID, "iv", IV,
                "errorFormat", "json");
        assertGate(base, null, 401, "required");
        assertGate(base, MediaTokens.issue(SP, "CNN"), 403, "another resource");
        assertGate(base, MediaTokens.issue("OtherSP", "REF30"), 403, "requestor OtherSP");
        assertGate(base, MediaTokens.expired(SP, "REF30", 120), 401, "expired");
        assertGate(base, MediaTokens.forged(SP, "REF30"), 401, "signature");
        assertGate(base, "bm90IGEgbWVkaWEgdG9rZW4=", 401, "malformed");
        Map<String, String> inline = params("customerAuthenticator", gated.authenticator(), "contentKey", CEK, "iv",
                IV, "errorFormat", "json");
        assertGate(inline, MediaTokens.issue(SP, "REF30"), 403, "resource is unknown");
        inline.put("resourceId", "REF30");
        inline.put("mediaToken", MediaTokens.issue(SP, "REF30"));
        form(inline).post("/hms/fp/token").then().statusCode(200);
    }

    private static void assertGate(Map<String, String> base, String mediaToken, int status, String message) {
        Map<String, String> p = new LinkedHashMap<>(base);
        if (mediaToken != null) {
            p.put("mediaToken", mediaToken);
        }
        form(p).post("/hms/fp/token").then().statusCode(status).body("errorCode", equalTo(-4001))
                .body("errorMessage", containsString(message));
    }

    // ------------------------------------------------------------------------- every code reached by a request

    static Stream<Arguments> refusals() {
        String kek = "000102030405060708090a0b0c0d0e0f";
        String ek = HexFormat.of().formatHex(ContentKeyUnwrap.wrap(HexFormat.of().parseHex(kek),
                HexFormat.of().parseHex("00112233445566778899aabbccddeeff")));
        String fp = "customerAuthenticator=@&iv=" + IV + "&contentKey=" + "00112233445566778899aabbccddeeff";
        String wv = "customerAuthenticator=@&kid=" + "0123456789abcdef0123456789abcdef";
        String wvOk = wv + "&contentKey=00112233445566778899aabbccddeeff&securityLevel=1&hdcpOutputControl=0";
        String opls = "&analogVideoOPL=100&compressedDigitalAudioOPL=100&compressedDigitalVideoOPL=400"
                + "&uncompressedDigitalAudioOPL=100&uncompressedDigitalVideoOPL=300";
        String pr = "customerAuthenticator=@&kid=0123456789abcdef0123456789abcdef"
                + "&contentKey=00112233445566778899aabbccddeeff";
        return Stream.of(
                // authentication and format
                Arguments.of("fp", "iv=" + IV, 401, -2017),
                Arguments.of("fp", "customerAuthenticator=100001%2C00000000000000000000000000000000", 401, -2018),
                Arguments.of("fp", "CustomerAuthenticator=@", 401, -2017),
                Arguments.of("fp", fp + "&errorFormat=xml", 400, -3004),
                // FairPlay
                Arguments.of("fp", fp + "&generalFlags=zz", 400, -5003),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV, 400, -2005),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV + "&contentKey=abc", 400, -2027),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV + "&kid=abcd", 400, -4020),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV + "&kid=%5E" + "x".repeat(65), 400, -4021),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV + "&kid=%5E", 400, -4022),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV + "&kek=" + kek, 400, -4024),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV + "&kek=" + kek + "&ek=" + ek.replace('0',
                        '1'), 400, -6005),
                Arguments.of("fp", "customerAuthenticator=@&iv=" + IV + "&kid=%5Enot-stored", 400, -4019),
                Arguments.of("fp", "customerAuthenticator=@&contentKey=00112233445566778899aabbccddeeff", 400,
                        -6003),
                Arguments.of("fp", fp + "&rentalDuration=-1", 400, -6007),
                Arguments.of("fp", fp + "&fpExtension=abc,AAAAAA==", 400, -2036),
                Arguments.of("fp", fp + "&fpExtension=wudo,%21%21", 400, -2037),
                Arguments.of("fp", fp + "&fpExtension=wudo", 400, -6001),
                Arguments.of("fp", fp + "&expirationTime=2006-04-14T12:01:10Z", 400, -2002),
                Arguments.of("fp", fp + "&expirationTime=%2B2592001", 400, -2002),
                Arguments.of("fp", fp + "&cookie=" + "c".repeat(33), 400, -2033),
                // Widevine
                Arguments.of("wv", "customerAuthenticator=@&contentKey=00112233445566778899aabbccddeeff", 400,
                        -4018),
                Arguments.of("wv", wv + "&contentKey=00112233445566778899aabbccddeeff&hdcpOutputControl=0", 400,
                        -7003),
                Arguments.of("wv", wvOk.replace("securityLevel=1", "securityLevel=9"), 400, -7004),
                Arguments.of("wv", wv + "&contentKey=00112233445566778899aabbccddeeff&securityLevel=1", 400, -7006),
                Arguments.of("wv", wvOk + "&licenseDuration=soon", 400, -7007),
                Arguments.of("wv", wvOk + "&wvExtension=nocomma", 400, -7009),
                Arguments.of("wv", wvOk.replace("hdcpOutputControl=0", "hdcpOutputControl=7"), 400, -2034),
                // PlayReady
                Arguments.of("pr", pr + opls, 400, -2020),
                Arguments.of("pr", pr + opls + "&rightsType=Lease", 400, -2021),
                Arguments.of("pr", pr + opls + "&rightsType=Rental", 400, -2022),
                Arguments.of("pr", pr + "&rightsType=BuyToOwn", 400, -5006),
                Arguments.of("pr", pr + opls.replace("=400", "=1000") + "&rightsType=BuyToOwn", 400, -2034),
                Arguments.of("pr", pr + opls + "&rightsType=BuyToOwn&unknownOutputBehavior=Maybe", 400, -5001),
                Arguments.of("pr", pr + opls + "&rightsType=BuyToOwn&kek=000102030405060708090a0b0c0d0e0f", 400,
                        -5007),
                Arguments.of("pr", pr + opls + "&rightsType=BuyToOwn&outputControlFlags=0001", 400, -2040),
                Arguments.of("pr", pr + opls + "&rightsType=BuyToOwn&outputControlFlags=zzzzzzzz", 400, -2008),
                Arguments.of("pr", pr + opls + "&rightsType=BuyToOwn&extensionType=abcd", 400, -2035),
                Arguments.of("pr", pr + opls + "&rightsType=Rental&rental.periodEndTime=%2B60"
                        + "&rental.playDuration=x", 400, -2025));
    }

    @ParameterizedTest(name = "{0} {1} → {2} {3}")
    @MethodSource("refusals")
    void everyRuleAnswersItsExpressPlayCodeInBothFormats(String drm, String query, int status, int code) {
        String body = query.replace("@", java.net.URLEncoder.encode(open.authenticator(),
                java.nio.charset.StandardCharsets.UTF_8));
        // an unknown errorFormat is itself the error (-3004), rendered in the default format, html
        boolean ownFormat = query.contains("errorFormat");
        if (!ownFormat) {
            given().contentType("application/x-www-form-urlencoded").body(body + "&errorFormat=json")
                    .post("/hms/" + drm + "/token")
                    .then().statusCode(status).contentType(startsWith("application/json"))
                    .body("errorCode", equalTo(code));
        }
        given().contentType("application/x-www-form-urlencoded").body(body).post("/hms/" + drm + "/token")
                .then().statusCode(status).contentType(startsWith("text/html"))
                .body(containsString("Error " + code)).body(not(containsString("Exception")));
    }

    @Test
    void aCustomerThatIsDisabledLacksTheDrmOrRunsOutOfTokensIsRefused() {
        Provisioned limited = DrmCustomers.create("{\"name\":\"limited\",\"backend\":\"local\",\"gateEnabled\":false,"
                + "\"monthlyTokenLimit\":2,\"drms\":[\"fp\"]}");
        Map<String, String> p = params("customerAuthenticator", limited.authenticator(), "contentKey", CEK, "iv",
                IV, "errorFormat", "json");
        form(p).post("/hms/fp/token").then().statusCode(200);
        form(p).post("/hms/fp/token").then().statusCode(200);
        form(p).post("/hms/fp/token").then().statusCode(403).body("errorCode", equalTo(-2019))
                .body("errorMessage", containsString("limit of 2"));
        form(params("customerAuthenticator", limited.authenticator(), "kid", KID, "securityLevel", "1",
                "hdcpOutputControl", "0", "errorFormat", "json")).post("/hms/wv/token")
                .then().statusCode(403).body("errorCode", equalTo(-7011));
        form(params("customerAuthenticator", limited.authenticator(), "errorFormat", "json")).post("/hms/pr/token")
                .then().statusCode(403).body("errorCode", equalTo(-5002));
        DrmCustomers.update(limited.id(), "{\"name\":\"limited\",\"backend\":\"local\",\"enabled\":false}");
        form(p).post("/hms/fp/token").then().statusCode(401).body("errorCode", equalTo(-2031));
        Provisioned noFairPlay = DrmCustomers.create("{\"name\":\"wv only\",\"backend\":\"local\",\"drms\":[\"wv\"]}");
        form(params("customerAuthenticator", noFairPlay.authenticator(), "errorFormat", "json"))
                .post("/hms/fp/token").then().statusCode(403).body("errorCode", equalTo(-6006));
        String testKey = DrmCustomers.mintAuthenticator(noFairPlay.id(), "test");
        form(params("customerAuthenticator", testKey, "errorFormat", "json")).post("/hms/fp/token")
                .then().statusCode(401).body("errorCode", equalTo(-2018))
                .body("errorMessage", containsString("production environment"));
    }

    @Test
    void healthCoversBothStoresAndTheOpenApiDocumentListsTheTokenApi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"))
                .body(containsString("Redis connection health check"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/hms/{drm}/token"))
                .body(containsString("/admin/v1/drm/customers"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("tvegate_drm_tokens_total"));
    }

    // --------------------------------------------------------------------------- the expressplay backend

    @Test
    void aDelegatingCustomerGetsExpressPlaysTokenForItsStoredKey() {
        Provisioned delegating = DrmCustomers.create("{\"name\":\"delegating\",\"backend\":\"expressplay\","
                + "\"gateEnabled\":false}");
        DrmCustomers.putExpressPlayCredential(delegating.id(), "production", "201722,1ad8eed133edf43cbcc185f0236828ae");
        DrmCustomers.putContentKey(delegating.id(), KID, CEK, null);
        ExpressPlayStub.server().stubFor(post(urlPathEqualTo("/hms/fp/token"))
                .withRequestBody(containing("customerAuthenticator=201722%2C1ad8eed133edf43cbcc185f0236828ae"))
                .withRequestBody(containing("contentKey=" + CEK))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/uri-list")
                        .withBody("https://fp.service.expressplay.com:80/hms/fp/rights/?ExpressPlayToken=AQAAABNl-_x")));

        String body = form(params("customerAuthenticator", delegating.authenticator(), "kid", KID, "iv", IV))
                .post("/hms/fp/token").then().statusCode(200).contentType(startsWith("text/uri-list"))
                .extract().asString();

        assertThat(body).isEqualTo("https://fp.service.expressplay.com:80/hms/fp/rights/?ExpressPlayToken=AQAAABNl-_x");
    }
}
