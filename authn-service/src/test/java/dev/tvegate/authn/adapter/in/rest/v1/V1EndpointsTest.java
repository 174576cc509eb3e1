package dev.tvegate.authn.adapter.in.rest.v1;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import dev.tvegate.authn.adapter.out.oidc.IdTokens;
import dev.tvegate.authn.adapter.out.redis.RedisProfileStoreAdapter;
import dev.tvegate.authn.domain.service.V1Profiles;
import dev.tvegate.authn.support.BrowserFlow;
import dev.tvegate.authn.support.MvpdStub;
import dev.tvegate.authn.support.RegistrationStub;
import dev.tvegate.authn.support.TempPassAndV1Stub;
import dev.tvegate.authn.support.TestTokens;
import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.legacy.LegacyRequestSigner;
import dev.tvegate.kernel.legacy.LegacySignedRequest;
import dev.tvegate.testsupport.Devices;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.tvegate.authn.support.TempPassAndV1Stub.V1_DOMAIN;
import static dev.tvegate.authn.support.TempPassAndV1Stub.V1_MVPD;
import static dev.tvegate.authn.support.TempPassAndV1Stub.V1_SP;
import static dev.tvegate.authn.support.TempPassAndV1Stub.V1_TEMPPASS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * REST v1 authentication end to end (spec §6): the second screen's browser signs the device of a registration code
 * in at the MVPD (WireMock OIDC provider), the device reads its AuthN token; free preview (TempPass); logout; formats
 * and errors. Registration (configuration, regcodes) is WireMock; Redis is real.
 */
@QuarkusTest
@QuarkusTestResource(value = RegistrationStub.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MvpdStub.class, restrictToAnnotatedClass = false)
class V1EndpointsTest {

    private static final String REDIRECT = "https://v1.tvegate.dev/activated";
    private static final CodeGenerator CODES = CodeGenerator.defaultUserCodes();

    @Inject
    RedisDataSource redis;

    @BeforeEach
    void stubs() {
        MvpdStub.stubProvider();
        TempPassAndV1Stub.installConfiguration();
    }

    /** A v1 device: the deviceId it sends (Base64 of its id, as Adobe's samples) and its registration code. */
    private record Device(String deviceId, String regCode) {
        static Device withRegCode(String mvpd) {
            Device d = new Device(Devices.identifier(Devices.newDeviceId()).substring("fingerprint ".length()),
                    CODES.next());
            TempPassAndV1Stub.regCode(d.regCode, d.deviceId, mvpd);
            return d;
        }
    }

    private static RequestSpecification client() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.client("client-v1-app", V1_SP)));
    }

    private static RequestSpecification device(Device d) {
        return client().queryParam("requestor", V1_SP).queryParam("deviceId", d.deviceId())
                .queryParam("device_info", Devices.tvInfo());
    }

    private static Response authenticate(Device d) {
        return given().redirects().follow(false).queryParam("reg_code", d.regCode()).queryParam("noflash", "true")
                .queryParam("no_iframe", "true").queryParam("requestor_id", V1_SP).queryParam("mso_id", V1_MVPD)
                .queryParam("domain_name", V1_DOMAIN).queryParam("redirect_url", REDIRECT)
                .when().get("/api/v1/authenticate");
    }

    /** The browser signs in at the MVPD as {@code subject} and comes back; returns the callback's answer. */
    private static Response signIn(Response toMvpd, String subject) {
        Map<String, String> authorization = BrowserFlow.query(toMvpd.header("Location"));
        String code = "ac-" + subject;
        MvpdStub.server().stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=" + code))
                .willReturn(okJson("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                        + "\"id_token\":\"" + IdTokens.sign(IdTokens.claims(MvpdStub.issuer(), MvpdStub.CLIENT_ID,
                                authorization.get("nonce"), subject), MvpdStub.KEY)
                        + "\"}")));
        return BrowserFlow.callback(Map.of("code", code, "state", authorization.get("state")));
    }

    @Test
    void theRegcodeFlowSignsTheDeviceInAndItsTokenIsReadInJsonAndXml() {
        Device tv = Device.withRegCode(null);
        // before: the second screen and the device see no authentication
        client().queryParam("requestor", V1_SP).accept(ContentType.JSON)
                .when().get("/api/v1/checkauthn/" + tv.regCode()).then().statusCode(403)
                .body("status", equalTo(403)).body("message", equalTo("Forbidden"));
        device(tv).when().get("/api/v1/checkauthn").then().statusCode(403)
                .body(containsString("<message>Authentication token not found</message>"));

        Response toMvpd = authenticate(tv);
        assertThat(toMvpd.statusCode()).isEqualTo(302);
        assertThat(toMvpd.header("Location")).startsWith(MvpdStub.issuer() + "/authorize?");
        assertThat(BrowserFlow.query(toMvpd.header("Location")))
                .containsEntry("client_id", MvpdStub.CLIENT_ID)
                .containsEntry("redirect_uri", "http://localhost:8082/api/v2/authenticate/callback")
                .containsEntry("code_challenge_method", "S256");

        Response back = signIn(toMvpd, "u-v1-viewer");
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.header("Location")).isEqualTo(REDIRECT);

        client().queryParam("requestor", V1_SP).when().get("/api/v1/checkauthn/" + tv.regCode()).then()
                .statusCode(200);
        device(tv).when().get("/api/v1/checkauthn").then().statusCode(200);
        long now = System.currentTimeMillis();
        var json = device(tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("requestor", equalTo(V1_SP))
                .body("mvpd", equalTo(V1_MVPD))
                .body("userId", equalTo("u-v1-viewer"))
                .body("expires", matchesPattern("[0-9]{13}"))
                .extract().jsonPath();
        assertThat(Long.parseLong(json.getString("expires")))
                .isBetween(now + (TempPassAndV1Stub.V1_AUTHN_TTL_SECONDS - 60) * 1000,
                        now + TempPassAndV1Stub.V1_AUTHN_TTL_SECONDS * 1000);
        // XML by default, and through the path suffix
        String xml = device(tv).when().get("/api/v1/tokens/authn").then().statusCode(200)
                .contentType(containsString("application/xml")).extract().asString();
        assertThat(xml).contains("<authentication><expires>" + json.getString("expires") + "</expires>")
                .contains("<userId>u-v1-viewer</userId><mvpd>SandboxTV</mvpd><requestor>V1REQ</requestor>");
        device(tv).when().get("/api/v1/tokens/authn.json").then().statusCode(200)
                .body("userId", equalTo("u-v1-viewer"));
        // the token belongs to the device: another device of the same requestor has none
        device(Device.withRegCode(null)).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then()
                .statusCode(404).body("status", equalTo(404)).body("message", equalTo("Not Found"));
    }

    @Test
    void theIeAmpersandQuirkAndTheKodiPathVariantAreAccepted() {
        Device tv = Device.withRegCode(V1_MVPD);
        Response quirk = given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get("/api/v1/authenticate?requestor_id=" + V1_SP + "&mso_id=" + V1_MVPD
                        + "&amp;reg_code=" + tv.regCode() + "&domain_name=" + V1_DOMAIN + "&noflash=true"
                        + "&no_iframe=false&redirect_url=https%3A%2F%2Fv1.tvegate.dev%2Factivated");
        assertThat(quirk.statusCode()).isEqualTo(302);
        assertThat(quirk.header("Location")).startsWith(MvpdStub.issuer() + "/authorize?");

        // the undocumented path variant: the regcode's MVPD, default domain and landing page
        Response kodi = given().redirects().follow(false).queryParam("requestor", V1_SP)
                .when().get("/api/v1/authenticate/" + tv.regCode());
        assertThat(kodi.statusCode()).isEqualTo(302);
        assertThat(kodi.header("Location")).startsWith(MvpdStub.issuer() + "/authorize?");
        Response back = signIn(kodi, "u-kodi");
        assertThat(back.header("Location")).isEqualTo("http://localhost:8082/activate/done");
        device(tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then().statusCode(200)
                .body("userId", equalTo("u-kodi"));

        // no MVPD anywhere: the activation page lists the providers for the same sign-in
        Device undecided = Device.withRegCode(null);
        Response picker = given().redirects().follow(false).queryParam("requestor", V1_SP)
                .when().get("/api/v1/authenticate/" + undecided.regCode());
        assertThat(picker.statusCode()).isEqualTo(302);
        assertThat(picker.header("Location")).matches("http://localhost:8082/activate\\?code=[A-Z]{8}");
    }

    @Test
    void anUnknownRegcodeOrBadParameterIs400Html() {
        Device ghost = new Device("ZGV2aWNl", CODES.next()); // registration does not know it: 404
        Response page = authenticate(ghost);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body().asString()).contains("expired");

        Device tv = Device.withRegCode(null);
        Response foreignDomain = given().redirects().follow(false).queryParam("reg_code", tv.regCode())
                .queryParam("requestor_id", V1_SP).queryParam("mso_id", V1_MVPD)
                .queryParam("domain_name", "evil.test").queryParam("redirect_url", REDIRECT)
                .when().get("/api/v1/authenticate");
        assertThat(foreignDomain.statusCode()).isEqualTo(400);
        assertThat(foreignDomain.contentType()).startsWith("text/html");
        assertThat(foreignDomain.body().asString()).contains("evil.test");
        Response unknownMvpd = given().redirects().follow(false).queryParam("reg_code", tv.regCode())
                .queryParam("requestor_id", V1_SP).queryParam("mso_id", "NoSuchTV")
                .queryParam("domain_name", V1_DOMAIN).queryParam("redirect_url", REDIRECT)
                .when().get("/api/v1/authenticate");
        assertThat(unknownMvpd.statusCode()).isEqualTo(400);
        assertThat(given().redirects().follow(false).queryParam("reg_code", tv.regCode())
                .queryParam("requestor_id", "NOSUCHREQ").queryParam("mso_id", V1_MVPD)
                .queryParam("domain_name", V1_DOMAIN).queryParam("redirect_url", REDIRECT)
                .when().get("/api/v1/authenticate").statusCode()).isEqualTo(400);
    }

    @Test
    void freePreviewGivesATemporaryTokenThatExpiresTo410() {
        Device tv = Device.withRegCode(null);
        client().contentType(ContentType.URLENC).formParam("requestor_id", V1_SP)
                .formParam("deviceId", tv.deviceId()).formParam("mso_id", V1_TEMPPASS)
                .formParam("domain_name", V1_DOMAIN).formParam("device_info", Devices.tvInfo())
                .when().post("/api/v1/authenticate/freepreview").then().statusCode(204);
        var token = device(tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then().statusCode(200)
                .body("mvpd", equalTo(V1_TEMPPASS))
                .body("userId", matchesPattern("temppass_[0-9a-f]{32}"))
                .extract().jsonPath();
        long expires = Long.parseLong(token.getString("expires"));
        assertThat(expires - System.currentTimeMillis()).isBetween(0L, 2_000L);
        device(tv).when().get("/api/v1/checkauthn").then().statusCode(200);

        await().atMost(5, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
                .untilAsserted(() -> device(tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then()
                        .statusCode(410).body("status", equalTo(410)).body("message", equalTo("Gone")));
        device(tv).when().get("/api/v1/checkauthn").then().statusCode(403)
                .body(containsString("<message>Authentication token expired</message>"));
        device(tv).when().get("/api/v1/tokens/authn.xml").then().statusCode(410)
                .body(containsString("<status>410</status>"));
    }

    @Test
    void freePreviewRefusesAnMvpdThatIsNotTempPass() {
        Device tv = Device.withRegCode(null);
        client().accept(ContentType.JSON).contentType(ContentType.URLENC).formParam("requestor_id", V1_SP)
                .formParam("deviceId", tv.deviceId()).formParam("mso_id", V1_MVPD)
                .when().post("/api/v1/authenticate/freepreview").then().statusCode(400)
                .body("code", equalTo("unknown_integration"));
        client().contentType(ContentType.URLENC).formParam("requestor_id", V1_SP).formParam("mso_id", V1_TEMPPASS)
                .when().post("/api/v1/authenticate/freepreview").then().statusCode(400)
                .body(containsString("<code>invalid_device_id</code>"));
    }

    @Test
    void logoutRemovesTheTokenAndTellsAuthz() throws Exception {
        Device tv = Device.withRegCode(null);
        Response back = signIn(authenticate(tv), "u-logout");
        assertThat(back.statusCode()).isEqualTo(302);
        device(tv).when().get("/api/v1/tokens/authn").then().statusCode(200);

        List<String> published = new CopyOnWriteArrayList<>();
        var subscriber = redis.pubsub(String.class).subscribe(RedisProfileStoreAdapter.LOGOUT_CHANNEL, published::add);
        try {
            device(tv).when().delete("/api/v1/logout").then().statusCode(204);
            await().atMost(2, TimeUnit.SECONDS)
                    .until(() -> published.contains(V1Profiles.key(V1_SP, tv.deviceId()).hash()));
        } finally {
            subscriber.unsubscribe();
        }
        // logged out is not expired: 404, not 410
        device(tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then().statusCode(404);
        device(tv).when().get("/api/v1/tokens/authn").then().statusCode(404)
                .body(containsString("<message>Not found</message>"));
        client().queryParam("requestor", V1_SP).when().get("/api/v1/checkauthn/" + tv.regCode()).then()
                .statusCode(403);
        // logging out again is still 204
        device(tv).when().delete("/api/v1/logout").then().statusCode(204);
    }

    @Test
    void callersNeedCredentialsForTheRequestorAndAValidFormat() {
        Device tv = Device.withRegCode(null);
        given().queryParam("requestor", V1_SP).queryParam("deviceId", tv.deviceId())
                .when().get("/api/v1/tokens/authn").then().statusCode(401)
                .contentType(containsString("application/xml"))
                .body(containsString("<code>invalid_access_token_client_application</code>"));
        given().header("Authorization", TestTokens.bearer(TestTokens.client("client-v1-app", "OTHER")))
                .queryParam("requestor", V1_SP).queryParam("deviceId", tv.deviceId()).accept(ContentType.JSON)
                .when().get("/api/v1/tokens/authn").then().statusCode(401)
                .body("code", equalTo("invalid_access_token_service_provider"));
        // a malformed signed requestor is refused without asking registration
        given().header("Authorization", "GET requestor_id=" + V1_SP + ", nonce=abc")
                .queryParam("requestor", V1_SP).queryParam("deviceId", tv.deviceId()).accept(ContentType.JSON)
                .when().get("/api/v1/tokens/authn").then().statusCode(401)
                .body("code", equalTo("invalid_access_token_client_application"))
                .body("details", containsString("Malformed"));
        client().queryParam("deviceId", tv.deviceId()).accept(ContentType.JSON)
                .when().get("/api/v1/tokens/authn").then().statusCode(400).body("code", equalTo("invalid_requestor"));
        client().queryParam("requestor", V1_SP).accept(ContentType.JSON)
                .when().get("/api/v1/tokens/authn").then().statusCode(400).body("code", equalTo("invalid_device_id"));
        device(tv).queryParam("format", "xml").when().get("/api/v1/tokens/authn.json").then().statusCode(400)
                .body(containsString("Conflicting"));
        client().queryParam("requestor", V1_SP).queryParam("deviceId", tv.deviceId())
                .queryParam("device_info", "%%%").accept(ContentType.JSON)
                .when().get("/api/v1/checkauthn").then().statusCode(400).body("code", equalTo("invalid_device_info"));
    }

    // ------------------------------------------------------------------ legacy signed requestor (spec §1.4)

    private static final String VERIFY = "/internal/v1/legacy-requests/verify";

    /** A legacy header as an old client signs it (registration is WireMock here: the keys are never checked). */
    private static String signed(String method, String path, String requestor) {
        return LegacyRequestSigner.authorizationHeader(method, requestor, path, "pub-legacy-app", "priv-legacy-app",
                System.currentTimeMillis());
    }

    private static String nonce(String header) {
        return LegacySignedRequest.parse(header).orElseThrow().nonce();
    }

    /** registration verifies {@code header} for {@code method} and {@code path} (once: WireMock keeps answering). */
    private static void registrationVerifies(String header, String method, String path) {
        RegistrationStub.server().stubFor(post(urlEqualTo(VERIFY)).atPriority(1)
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(matchingJsonPath("$.authorization", WireMock.equalTo(header)))
                .withRequestBody(matchingJsonPath("$.method", WireMock.equalTo(method)))
                .withRequestBody(matchingJsonPath("$.path", WireMock.equalTo(path)))
                .willReturn(okJson("{\"requestor\":\"" + V1_SP + "\",\"applicationId\":\"legacy-app\","
                        + "\"clientId\":\"legacy:pub-legacy-app\",\"serviceProviders\":[\"" + V1_SP + "\"],"
                        + "\"scopes\":[\"api:client:v2\"]}")));
    }

    private static void registrationAnswers(String header, int status, String body) {
        RegistrationStub.server().stubFor(post(urlEqualTo(VERIFY)).atPriority(1)
                .withRequestBody(containing(nonce(header)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private static RequestSpecification legacyDevice(String header, Device d) {
        return given().header("Authorization", header).queryParam("requestor", V1_SP)
                .queryParam("deviceId", d.deviceId()).queryParam("device_info", Devices.tvInfo());
    }

    @Test
    void aLegacySignedRequestorUsesTheSameV1TokensAsABearerCaller() {
        Device tv = Device.withRegCode(null);
        String preview = signed("POST", "/api/v1/authenticate/freepreview", V1_SP);
        registrationVerifies(preview, "POST", "/api/v1/authenticate/freepreview");
        given().header("Authorization", preview).contentType(ContentType.URLENC).formParam("requestor_id", V1_SP)
                .formParam("deviceId", tv.deviceId()).formParam("mso_id", V1_TEMPPASS)
                .formParam("domain_name", V1_DOMAIN)
                .when().post("/api/v1/authenticate/freepreview").then().statusCode(204);

        String check = signed("GET", "/api/v1/checkauthn", V1_SP);
        registrationVerifies(check, "GET", "/api/v1/checkauthn");
        legacyDevice(check, tv).when().get("/api/v1/checkauthn").then().statusCode(200);
        String read = signed("GET", "/api/v1/tokens/authn", V1_SP);
        registrationVerifies(read, "GET", "/api/v1/tokens/authn");
        String legacyToken = legacyDevice(read, tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn")
                .then().statusCode(200).body("mvpd", equalTo(V1_TEMPPASS)).extract().asString();
        // a DCR bearer caller of the requestor sees the very same token
        assertThat(device(tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then().statusCode(200)
                .extract().asString()).isEqualTo(legacyToken);

        String logout = signed("DELETE", "/api/v1/logout", V1_SP);
        registrationVerifies(logout, "DELETE", "/api/v1/logout");
        legacyDevice(logout, tv).when().delete("/api/v1/logout").then().statusCode(204);
        device(tv).when().get("/api/v1/checkauthn").then().statusCode(403);
        // one verification per request
        for (String header : List.of(preview, check, read, logout)) {
            RegistrationStub.server().verify(1, postRequestedFor(urlEqualTo(VERIFY))
                    .withRequestBody(containing(nonce(header))));
        }
    }

    @Test
    void aSignatureRegistrationRefusesIsA401V1Error() {
        Device tv = Device.withRegCode(null);
        String replayed = signed("GET", "/api/v1/tokens/authn", V1_SP);
        registrationAnswers(replayed, 401, "{\"error\":\"replayed_nonce\",\"message\":\"the nonce was already used\"}");

        legacyDevice(replayed, tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then()
                .statusCode(401).body("code", equalTo("invalid_access_token_client_application"))
                .body("details", containsString("replayed_nonce"));
        legacyDevice(replayed, tv).when().get("/api/v1/checkauthn").then().statusCode(401)
                .contentType(containsString("application/xml"))
                .body(containsString("<code>invalid_access_token_client_application</code>"));
    }

    @Test
    void aSignatureForAnotherRequestorIsRefusedWithoutAskingRegistration() {
        Device tv = Device.withRegCode(null);
        String foreign = signed("GET", "/api/v1/tokens/authn", "OTHER");
        registrationVerifies(foreign, "GET", "/api/v1/tokens/authn");

        legacyDevice(foreign, tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then()
                .statusCode(401).body("code", equalTo("invalid_access_token_service_provider"));
        RegistrationStub.server().verify(0, postRequestedFor(urlEqualTo(VERIFY))
                .withRequestBody(containing(nonce(foreign))));
    }

    @Test
    void registrationUnableToVerifyIsA503NeverAPermit() {
        Device tv = Device.withRegCode(null);
        String header = signed("GET", "/api/v1/tokens/authn", V1_SP);
        registrationAnswers(header, 500, "{}");

        legacyDevice(header, tv).accept(ContentType.JSON).when().get("/api/v1/tokens/authn").then()
                .statusCode(503).body("code", equalTo("network_connection_timeout"))
                .body("action", equalTo("retry"));
    }
}
