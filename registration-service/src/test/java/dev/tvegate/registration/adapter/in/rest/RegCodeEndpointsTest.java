package dev.tvegate.registration.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.tvegate.kernel.legacy.LegacyRequestSigner;
import dev.tvegate.kernel.xml.SafeXml;
import dev.tvegate.registration.support.TestAuth;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

/** REST v1 registration codes over HTTP against the real Redis and PostgreSQL. */
@QuarkusTest
class RegCodeEndpointsTest {

    static final String SP = "RGC30";
    static final String OTHER_SP = "RGC31";
    static final String BASE = "/reggie/v1/" + SP + "/regcode";

    /** A DCR client of an application acting for {@link #SP}, registered once per test JVM. */
    static String token;
    static String legacyPublicKey;
    static String legacyPrivateKey;
    static String otherSpToken;

    @Inject
    RedisDataSource redis;

    @BeforeEach
    void tenant() {
        if (token != null) {
            return;
        }
        String admin = TestAuth.bearer(TestAuth.adminToken());
        for (String sp : List.of(SP, OTHER_SP)) {
            int status = given().header("Authorization", admin).contentType(ContentType.JSON)
                    .body(Map.of("id", sp, "name", "Regcode tests " + sp, "domains", List.of(sp.toLowerCase()
                            + ".example")))
                    .post("/admin/v1/service-providers").then().extract().statusCode();
            assertThat(status).isIn(201, 409);
        }
        ExtractableResponse<Response> app = createApp(admin, SP);
        legacyPublicKey = app.path("legacyPublicKey");
        legacyPrivateKey = app.path("legacyPrivateKey");
        token = dcrToken(app.path("softwareStatement"));
        otherSpToken = dcrToken(createApp(admin, OTHER_SP).path("softwareStatement"));
    }

    private static ExtractableResponse<Response> createApp(String admin, String sp) {
        return given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Regcode app " + sp, "version", "1.0", "platforms", List.of("tvOS"),
                        "serviceProviders", List.of(sp), "domains", List.of(sp.toLowerCase() + ".example")))
                .post("/admin/v1/applications").then().statusCode(201).extract();
    }

    private static String dcrToken(String statement) {
        ExtractableResponse<Response> client = given().contentType(ContentType.JSON)
                .body(Map.of("software_statement", statement)).post("/o/client/register")
                .then().statusCode(201).extract();
        return TestAuth.token(client.path("client_id"), client.path("client_secret"));
    }

    private static RequestSpecification dcr() {
        return given().header("Authorization", TestAuth.bearer(token));
    }

    // ------------------------------------------------------------------------------------------------ create

    @Test
    void createsAJsonRecordThatRedisExpiresAfterTheDefaultThirtyMinutes() {
        String deviceInfo = Base64.getEncoder().encodeToString(
                "{\"model\":\"Apple TV\",\"osName\":\"tvOS\"}".getBytes(StandardCharsets.UTF_8));
        ExtractableResponse<Response> r = dcr().contentType(ContentType.URLENC)
                .header("X-Device-Info", deviceInfo)
                .header("X-Forwarded-For", "198.51.100.23, 10.0.0.1")
                .header("User-Agent", "TestTV/2.0")
                .formParam("deviceId", "c28tZGV2aWQtMDAz").formParam("deviceType", "appletv")
                .formParam("appId", "com.example.tv").formParam("appVersion", "2.0").formParam("mvpd", "Sandbox")
                .when().post(BASE + ".json")
                .then().statusCode(201)
                .contentType(containsString("application/json"))
                .body("id", matchesPattern("[0-9a-f-]{36}"))
                .body("code", matchesPattern("[BCDFGHJKLMNPQRSTVWXZ]{8}"))
                .body("requestor", equalTo(SP))
                .body("mvpd", equalTo("Sandbox"))
                .body("info.deviceId", equalTo("c28tZGV2aWQtMDAz"))
                .body("info.deviceType", equalTo("appletv"))
                .body("info.appId", equalTo("com.example.tv"))
                .body("info.userAgent", equalTo("TestTV/2.0"))
                .body("info.authorizationType", equalTo("OAUTH2"))
                .extract();
        long generated = r.jsonPath().getLong("generated");
        assertThat(r.jsonPath().getLong("expires") - generated).isEqualTo(1_800_000L);
        assertThat(generated).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(10_000L));
        String stored = new String(Base64.getDecoder().decode(r.jsonPath().getString("info.deviceInfo")),
                StandardCharsets.UTF_8);
        assertThat(stored).contains("\"model\":\"Apple TV\"").contains("\"userAgent\":\"TestTV/2.0\"")
                .contains("\"connectionIp\":\"198.51.100.23\"");

        long pttl = redis.key().pttl("reg:regcode:" + r.path("code"));
        assertThat(pttl).isBetween(1_790_000L, 1_800_000L);
    }

    @Test
    void xmlIsTheDefaultFormat() throws Exception {
        String xml = dcr().contentType(ContentType.URLENC).formParam("deviceId", "dev-xml")
                .formParam("registrationURL", "https://activate.example/")
                .when().post(BASE)
                .then().statusCode(201).contentType(containsString("application/xml"))
                .extract().asString();

        Element root = SafeXml.parse(xml).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("model.mvc.reggie.pass.adobe.com");
        assertThat(root.getLocalName()).isEqualTo("regcode");
        assertThat(text(root, "requestor")).isEqualTo(SP);
        assertThat(text(root, "deviceId")).isEqualTo("dev-xml");
        assertThat(text(root, "registrationURL")).isEqualTo("https://activate.example/");
        assertThat(Long.parseLong(text(root, "expires")) - Long.parseLong(text(root, "generated")))
                .isEqualTo(1_800_000L);
    }

    @Test
    void formatParameterAndAcceptHeaderSelectJson() {
        dcr().contentType(ContentType.URLENC).formParam("deviceId", "d").formParam("format", "json")
                .post(BASE).then().statusCode(201).contentType(containsString("application/json"));
        dcr().contentType(ContentType.URLENC).accept(ContentType.JSON).formParam("deviceId", "d")
                .post(BASE).then().statusCode(201).contentType(containsString("application/json"));
        dcr().contentType(ContentType.URLENC).formParam("deviceId", "d").formParam("format", "xml")
                .post(BASE + ".json").then().statusCode(400);
    }

    @Test
    void missingDeviceIdIsA400InTheChosenFormat() {
        dcr().contentType(ContentType.URLENC).formParam("deviceType", "roku").post(BASE + ".json")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("message", equalTo("Required 'deviceId' is not present"))
                .body("details", nullValue());
        dcr().contentType(ContentType.URLENC).formParam("deviceType", "roku").post(BASE + ".xml")
                .then().statusCode(400).contentType(containsString("application/xml"))
                .body("error.message", equalTo("Required 'deviceId' is not present"));
    }

    @Test
    void ttlAboveTenHoursOrNotPositiveIsA400() {
        for (String ttl : List.of("36001", "0", "-5", "soon")) {
            dcr().contentType(ContentType.URLENC).formParam("deviceId", "d").formParam("ttl", ttl)
                    .post(BASE + ".json").then().statusCode(400).body("status", equalTo(400))
                    .body("message", containsString("ttl"));
        }
        ExtractableResponse<Response> r = dcr().contentType(ContentType.URLENC).formParam("deviceId", "d")
                .formParam("ttl", "36000").post(BASE + ".json").then().statusCode(201).extract();
        assertThat(r.jsonPath().getLong("expires") - r.jsonPath().getLong("generated")).isEqualTo(36_000_000L);
    }

    @Test
    void malformedDeviceInfoIsInvalidDeviceInfo() {
        dcr().contentType(ContentType.URLENC).header("X-Device-Info", "***")
                .formParam("deviceId", "d").post(BASE + ".json")
                .then().statusCode(400).body("code", equalTo("invalid_device_info"))
                .body("trace", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void unknownRequestorIsInvalidRequestor() {
        given().header("Authorization", TestAuth.bearer(TestAuth.internalToken()))
                .contentType(ContentType.URLENC).formParam("deviceId", "d")
                .post("/reggie/v1/NOSUCHSP/regcode.json")
                .then().statusCode(400).body("code", equalTo("invalid_requestor")).body("action", equalTo("none"));
        given().header("Authorization", TestAuth.bearer(TestAuth.internalToken()))
                .contentType(ContentType.URLENC).formParam("deviceId", "d")
                .post("/reggie/v1/NOSUCHSP/regcode")
                .then().statusCode(400).contentType(containsString("application/xml"))
                .body("error.code", equalTo("invalid_requestor"));
    }

    // ------------------------------------------------------------------------------------------- get / delete

    @Test
    void getFindsTheCodeAsTypedButNotThroughAnotherRequestor() {
        String code = create(token, 600);
        String typed = code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();

        dcr().get(BASE + "/" + typed + ".json").then().statusCode(200)
                .body("code", equalTo(code)).body("requestor", equalTo(SP));
        given().header("Authorization", TestAuth.bearer(otherSpToken)).get("/reggie/v1/" + OTHER_SP + "/regcode/"
                + code + ".json").then().statusCode(404)
                .body("status", equalTo(404)).body("message", equalTo("Not Found"));
        dcr().get(BASE + "/ZZZZZZZZ").then().statusCode(404).contentType(containsString("application/xml"))
                .body("error.status", equalTo("404"));
    }

    @Test
    void deleteFreesTheCode() {
        String code = create(token, 600);

        dcr().delete(BASE + "/" + code).then().statusCode(204);
        dcr().get(BASE + "/" + code + ".json").then().statusCode(404);
        dcr().delete(BASE + "/" + code + ".json").then().statusCode(404).body("message", equalTo("Not Found"));
        assertThat(redis.key().exists("reg:regcode:" + code)).isFalse();
    }

    @Test
    void aOneSecondTtlReallyExpires() throws InterruptedException {
        String code = create(token, 1);
        dcr().get(BASE + "/" + code + ".json").then().statusCode(200);

        Thread.sleep(Duration.ofMillis(1500));

        dcr().get(BASE + "/" + code + ".json").then().statusCode(404);
        assertThat(redis.key().exists("reg:regcode:" + code)).isFalse();
    }

    // ------------------------------------------------------------------------------------------------- auth

    @Test
    void withoutValidCredentialsTheAnswerIs401() {
        given().contentType(ContentType.URLENC).formParam("deviceId", "d").post(BASE)
                .then().statusCode(401).contentType(containsString("application/xml"))
                .body("error.code", equalTo("invalid_access_token_client_application"));
        given().header("Authorization", "Bearer not-a-token").get(BASE + "/BCDFGHJK.json")
                .then().statusCode(401).body("code", equalTo("invalid_access_token_client_application"))
                .body("action", equalTo("application-registration"));
        given().header("Authorization", TestAuth.bearer(otherSpToken)).contentType(ContentType.URLENC)
                .formParam("deviceId", "d").post(BASE + ".json")
                .then().statusCode(401).body("code", equalTo("invalid_access_token_service_provider"));
        given().header("Authorization", TestAuth.bearer(TestAuth.adminToken())).delete(BASE + "/BCDFGHJK.json")
                .then().statusCode(401).body("code", equalTo("invalid_access_token_service_provider"));
    }

    @Test
    void legacySignedRequestorIsAcceptedOnce() {
        String header = LegacyRequestSigner.authorizationHeader("POST", SP, "/regcode", legacyPublicKey,
                legacyPrivateKey, System.currentTimeMillis());

        given().header("Authorization", header).contentType(ContentType.URLENC).formParam("deviceId", "legacy-dev")
                .formParam("format", "json").post(BASE)
                .then().statusCode(201).body("info.authorizationType", equalTo("SIGNED_REQUESTOR"));
        given().header("Authorization", header).contentType(ContentType.URLENC).formParam("deviceId", "legacy-dev")
                .formParam("format", "json").post(BASE)
                .then().statusCode(401).body("code", equalTo("invalid_access_token_client_application"))
                .body("details", containsString("nonce"));
    }

    @Test
    void legacySignatureOverTheFullPathIsAcceptedForGetToo() {
        String code = create(token, 600);
        String path = BASE + "/" + code + ".json";
        given().header("Authorization", LegacyRequestSigner.authorizationHeader("GET", SP, path, legacyPublicKey,
                legacyPrivateKey, System.currentTimeMillis()))
                .get(path).then().statusCode(200).body("code", equalTo(code));
    }

    @Test
    void legacyStaleTimeWrongKeyOrOtherRequestorIsRefused() {
        long sixMinutesAgo = System.currentTimeMillis() - Duration.ofMinutes(6).toMillis();
        given().header("Authorization", LegacyRequestSigner.authorizationHeader("POST", SP, "/regcode",
                legacyPublicKey, legacyPrivateKey, sixMinutesAgo))
                .contentType(ContentType.URLENC).formParam("deviceId", "d").post(BASE + ".json")
                .then().statusCode(401).body("details", containsString("request_time"));
        given().header("Authorization", LegacyRequestSigner.authorizationHeader("POST", SP, "/regcode",
                legacyPublicKey, "wrong-private-key", System.currentTimeMillis()))
                .contentType(ContentType.URLENC).formParam("deviceId", "d").post(BASE + ".json")
                .then().statusCode(401).body("details", containsString("signature"));
        given().header("Authorization", LegacyRequestSigner.authorizationHeader("POST", OTHER_SP, "/regcode",
                legacyPublicKey, legacyPrivateKey, System.currentTimeMillis()))
                .contentType(ContentType.URLENC).formParam("deviceId", "d")
                .post("/reggie/v1/" + OTHER_SP + "/regcode.json")
                .then().statusCode(401).body("details", containsString("may not act for"));
        given().header("Authorization", "POST requestor_id=" + SP + ", nonce=x")
                .contentType(ContentType.URLENC).formParam("deviceId", "d").post(BASE + ".json")
                .then().statusCode(401).body("details", containsString("Malformed"));
    }

    // ------------------------------------------------------------ internal verification (for authn-service)

    static final String VERIFY = "/internal/v1/legacy-requests/verify";
    static final String AUTHN_PATH = "/api/v1/tokens/authn";

    private static Response verify(String bearer, String header, String method, String path) {
        RequestSpecification request = given().contentType(ContentType.JSON)
                .body(Map.of("authorization", header, "method", method, "path", path));
        if (bearer != null) {
            request.header("Authorization", TestAuth.bearer(bearer));
        }
        return request.post(VERIFY);
    }

    @Test
    void internalVerifyAcceptsAValidSignatureOnceAndNamesTheSigner() {
        String header = LegacyRequestSigner.authorizationHeader("GET", SP, AUTHN_PATH, legacyPublicKey,
                legacyPrivateKey, System.currentTimeMillis());
        String internal = TestAuth.internalToken();

        verify(internal, header, "GET", AUTHN_PATH).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("requestor", equalTo(SP))
                .body("applicationId", org.hamcrest.Matchers.notNullValue())
                .body("clientId", equalTo("legacy:" + legacyPublicKey))
                .body("serviceProviders", equalTo(List.of(SP)))
                .body("scopes", org.hamcrest.Matchers.hasItem("api:client:v2"));
        verify(internal, header, "GET", AUTHN_PATH).then().statusCode(401)
                .body("error", equalTo("replayed_nonce")).body("message", containsString("nonce"));
    }

    @Test
    void internalVerifyRefusesTamperedStaleForeignOrMalformedHeadersWithACode() {
        String internal = TestAuth.internalToken();
        long now = System.currentTimeMillis();
        String good = LegacyRequestSigner.authorizationHeader("GET", SP, AUTHN_PATH, legacyPublicKey,
                legacyPrivateKey, now);
        String tampered = good.replace("request_time=" + now, "request_time=" + (now + 1));

        verify(internal, tampered, "GET", AUTHN_PATH).then().statusCode(401)
                .body("error", equalTo("invalid_signature")).body("message", containsString("signature"));
        verify(internal, good, "GET", "/api/v1/checkauthn").then().statusCode(401)
                .body("error", equalTo("invalid_signature")).body("message", containsString("request_uri"));
        verify(internal, good, "DELETE", AUTHN_PATH).then().statusCode(401).body("error", equalTo("invalid_signature"));
        verify(internal, LegacyRequestSigner.authorizationHeader("GET", SP, AUTHN_PATH, legacyPublicKey,
                legacyPrivateKey, now - Duration.ofMinutes(6).toMillis()), "GET", AUTHN_PATH)
                .then().statusCode(401).body("error", equalTo("stale_request"));
        verify(internal, LegacyRequestSigner.authorizationHeader("GET", SP, AUTHN_PATH, "no-such-public-key",
                legacyPrivateKey, now), "GET", AUTHN_PATH)
                .then().statusCode(401).body("error", equalTo("unknown_key"));
        verify(internal, "GET requestor_id=" + SP + ", nonce=x", "GET", AUTHN_PATH)
                .then().statusCode(401).body("error", equalTo("malformed"));
        verify(internal, "Bearer " + token, "GET", AUTHN_PATH).then().statusCode(401)
                .body("error", equalTo("malformed"));
        // the refusals burnt no nonce: the genuine header still verifies
        verify(internal, good, "GET", AUTHN_PATH).then().statusCode(200).body("requestor", equalTo(SP));
    }

    @Test
    void internalVerifyNeedsAServiceTokenWithScopeInternal() {
        String header = LegacyRequestSigner.authorizationHeader("GET", SP, AUTHN_PATH, legacyPublicKey,
                legacyPrivateKey, System.currentTimeMillis());

        verify(null, header, "GET", AUTHN_PATH).then().statusCode(401).body("error", equalTo("invalid_token"));
        verify(token, header, "GET", AUTHN_PATH).then().statusCode(403).body("error", equalTo("insufficient_scope"));
        // neither call claimed the nonce
        verify(TestAuth.internalToken(), header, "GET", AUTHN_PATH).then().statusCode(200);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String create(String bearerToken, long ttl) {
        return given().header("Authorization", TestAuth.bearer(bearerToken)).contentType(ContentType.URLENC)
                .formParam("deviceId", "dev").formParam("ttl", Long.toString(ttl))
                .post(BASE + ".json").then().statusCode(201).extract().path("code");
    }

    private static String text(Element root, String name) {
        return root.getElementsByTagName(name).item(0).getTextContent();
    }
}
