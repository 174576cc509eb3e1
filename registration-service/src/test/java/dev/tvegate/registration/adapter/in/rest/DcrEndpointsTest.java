package dev.tvegate.registration.adapter.in.rest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.adapter.out.security.RsaKeyRing;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.DcrClient;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import dev.tvegate.registration.support.OnVertx;
import dev.tvegate.registration.support.TestAuth;
import dev.tvegate.support.auth.ForbiddenProblem;
import dev.tvegate.support.auth.NotAuthorizedProblem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import static dev.tvegate.registration.support.TestAuth.ADMIN_CLIENT_ID;
import static dev.tvegate.registration.support.TestAuth.ADMIN_CLIENT_SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/** DCR over HTTP: {@code /o/client/token}, {@code /.well-known/jwks.json}, bearer authentication, key rotation. */
@QuarkusTest
class DcrEndpointsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    BearerAuthenticator bearer;
    @Inject
    ClientRepositoryPort clients;
    @Inject
    ApplicationRepositoryPort applications;
    @Inject
    SoftwareStatementPort statements;

    // ---------------------------------------------------------------------------------------------- token: success

    @Test
    void serviceClientGetsA201TokenThatIsNeverCached() throws Exception {
        long before = System.currentTimeMillis();
        String token = given().contentType(ContentType.URLENC)
                .formParam("client_id", ADMIN_CLIENT_ID)
                .formParam("client_secret", ADMIN_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .when().post("/o/client/token")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("id", notNullValue())
                .body("token_type", equalTo("bearer"))
                .body("expires_in", equalTo(21600))
                .body("created_at", greaterThan(before - 1))
                .extract().path("access_token");

        Map<String, Object> header = part(token, 0);
        Map<String, Object> claims = part(token, 1);
        assertThat(header).containsEntry("alg", "RS256").containsEntry("typ", "at+jwt")
                .containsEntry("kid", "test-2025-01");
        assertThat(claims).containsEntry("iss", "http://localhost:8081").containsEntry("sub", ADMIN_CLIENT_ID)
                .containsEntry("client_id", ADMIN_CLIENT_ID).containsEntry("scope", "admin").doesNotContainKey("app");
        assertThat(claims.get("sp")).isEqualTo(List.of());
        assertThat(bearer.requireScope(TestAuth.bearer(token), "admin").clientId()).isEqualTo(ADMIN_CLIENT_ID);
    }

    @Test
    void internalServiceClientMayActForEveryServiceProvider() {
        Caller caller = bearer.requireV2Caller(TestAuth.bearer(TestAuth.internalToken()), "REF30");
        assertThat(caller.hasScope("internal")).isTrue();
    }

    @Test
    void dcrClientTokenCarriesItsApplicationServiceProvidersAndScopes() throws Exception {
        String secret = dcrClient("tok-ok", app("tok-app-ok", List.of("REF30", "CNN"), false));

        String token = TestAuth.token("tok-ok", secret);

        Map<String, Object> claims = part(token, 1);
        assertThat(claims).containsEntry("client_id", "tok-ok").containsEntry("app", "tok-app-ok")
                .containsEntry("scope", "api:client:v2");
        assertThat(claims.get("sp")).isEqualTo(List.of("CNN", "REF30"));
        assertThat(bearer.requireV2Caller(TestAuth.bearer(token), "CNN").applicationId()).isEqualTo("tok-app-ok");
    }

    // ----------------------------------------------------------------------------------------------- token: errors

    @Test
    void wrongSecretOrUnknownClientIsInvalidClient() {
        tokenError(Map.of("client_id", ADMIN_CLIENT_ID, "client_secret", "nope", "grant_type", "client_credentials"),
                "invalid_client");
        tokenError(Map.of("client_id", "who", "client_secret", "nope", "grant_type", "client_credentials"),
                "invalid_client");
        String secret = dcrClient("tok-wrong", app("tok-app-wrong", List.of("REF30"), false));
        tokenError(Map.of("client_id", "tok-wrong", "client_secret", secret + "x", "grant_type",
                "client_credentials"), "invalid_client");
    }

    @Test
    void revokedApplicationsClientIsInvalidClient() {
        String secret = dcrClient("tok-revoked", app("tok-app-revoked", List.of("REF30"), true));
        tokenError(Map.of("client_id", "tok-revoked", "client_secret", secret, "grant_type", "client_credentials"),
                "invalid_client");
    }

    @Test
    void applicationWithoutServiceProviderIsUnauthorizedClient() {
        String secret = dcrClient("tok-nosp", app("tok-app-nosp", List.of(), false));
        tokenError(Map.of("client_id", "tok-nosp", "client_secret", secret, "grant_type", "client_credentials"),
                "unauthorized_client");
    }

    @Test
    void otherGrantTypesAreUnsupported() {
        tokenError(Map.of("client_id", ADMIN_CLIENT_ID, "client_secret", ADMIN_CLIENT_SECRET, "grant_type",
                "password"), "unsupported_grant_type");
    }

    @Test
    void missingParametersAreInvalidRequest() {
        tokenError(Map.of("client_id", ADMIN_CLIENT_ID, "client_secret", ADMIN_CLIENT_SECRET), "invalid_request");
        tokenError(Map.of("client_id", ADMIN_CLIENT_ID, "grant_type", "client_credentials"), "invalid_request");
        tokenError(Map.of("client_secret", "x", "grant_type", "client_credentials"), "invalid_request");
        tokenError(Map.of("client_id", "", "client_secret", "x", "grant_type", "client_credentials"),
                "invalid_request");
    }

    @Test
    void repeatedParametersAreInvalidRequest() {
        checkError(given().contentType(ContentType.URLENC)
                .body("client_id=tvegate-admin&client_id=tvegate-admin&client_secret=dev-admin-secret"
                        + "&grant_type=client_credentials")
                .post("/o/client/token").then(), "invalid_request");
    }

    @Test
    void credentialsInAnAuthorizationHeaderToo() {
        String basic = Base64.getEncoder().encodeToString("tvegate-admin:dev-admin-secret".getBytes());
        checkError(given().contentType(ContentType.URLENC).header("Authorization", "Basic " + basic)
                .formParam("client_id", ADMIN_CLIENT_ID).formParam("client_secret", ADMIN_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .post("/o/client/token").then(), "invalid_request");
    }

    @Test
    void httpBasicAloneIsTheOtherAcceptedClientAuthentication() {
        String basic = Base64.getEncoder().encodeToString("tvegate-admin:dev-admin-secret".getBytes());
        given().contentType(ContentType.URLENC).header("Authorization", "Basic " + basic)
                .formParam("grant_type", "client_credentials")
                .post("/o/client/token").then().statusCode(201).body("token_type", equalTo("bearer"));
        String wrong = Base64.getEncoder().encodeToString("tvegate-admin:nope".getBytes());
        checkError(given().contentType(ContentType.URLENC).header("Authorization", "Basic " + wrong)
                .formParam("grant_type", "client_credentials").post("/o/client/token").then(), "invalid_client");
        checkError(given().contentType(ContentType.URLENC).header("Authorization", "Bearer abc")
                .formParam("grant_type", "client_credentials").post("/o/client/token").then(), "invalid_request");
        checkError(given().contentType(ContentType.URLENC).header("Authorization", "Basic %%%")
                .formParam("grant_type", "client_credentials").post("/o/client/token").then(), "invalid_request");
    }

    @Test
    void credentialsInTheQueryString() {
        checkError(given().contentType(ContentType.URLENC).queryParam("client_secret", ADMIN_CLIENT_SECRET)
                .formParam("client_id", ADMIN_CLIENT_ID).formParam("grant_type", "client_credentials")
                .post("/o/client/token").then(), "invalid_request");
    }

    @Test
    void notAFormBodyOrAMalformedOne() {
        checkError(given().contentType(ContentType.JSON)
                .body("{\"client_id\":\"tvegate-admin\",\"client_secret\":\"dev-admin-secret\","
                        + "\"grant_type\":\"client_credentials\"}")
                .post("/o/client/token").then(), "invalid_request");
        checkError(given().contentType(ContentType.URLENC).body("client_id=%zz&client_secret=a&grant_type=b")
                .post("/o/client/token").then(), "invalid_request");
    }

    @Test
    void malformedDeviceInfoIsInvalidRequestButAValidOneIsAccepted() {
        checkError(given().contentType(ContentType.URLENC).header("X-Device-Info", "%%%not-base64")
                .formParam("client_id", ADMIN_CLIENT_ID).formParam("client_secret", ADMIN_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .post("/o/client/token").then(), "invalid_request");
        String deviceInfo = Base64.getEncoder().encodeToString(
                "{\"model\":\"iPhone\",\"osName\":\"iOS\",\"osVersion\":\"17.0\"}".getBytes());
        given().contentType(ContentType.URLENC).header("X-Device-Info", deviceInfo)
                .formParam("client_id", ADMIN_CLIENT_ID).formParam("client_secret", ADMIN_CLIENT_SECRET)
                .formParam("grant_type", "client_credentials")
                .post("/o/client/token").then().statusCode(201);
    }

    // -------------------------------------------------------------------------------------------------- register

    @Test
    void registerReturnsCredentialsThatObtainATokenUntilTheApplicationIsRevoked() throws InterruptedException {
        RegisteredApplication app = app("reg-app-ok", List.of("REF30"), false);
        long before = Instant.now().getEpochSecond();
        var response = given().contentType(ContentType.JSON)
                .body(Map.of("software_statement", statements.issue(app), "redirect_uri",
                        "https://www.example.com/done"))
                .when().post("/o/client/register")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("client_id", notNullValue())
                .body("client_secret", notNullValue())
                .body("client_id_issued_at", is(both(greaterThanOrEqualTo((int) before))
                        .and(lessThanOrEqualTo((int) before + 5))))
                .body("redirect_uris", contains("https://www.example.com/done"))
                .body("grant_types", contains("client_credentials"))
                .body("scopes", contains("api:client:v2"))
                .extract();
        String clientId = response.path("client_id");
        String secret = response.path("client_secret");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSizeGreaterThanOrEqualTo(32);

        assertThat(TestAuth.token(clientId, secret)).isNotBlank();

        OnVertx.await(() -> applications.save(app.revoke()));
        // the token endpoint reuses application look-ups for tvegate.registration.application-cache-ttl (%test: 0.5 s)
        Thread.sleep(600);
        tokenError(Map.of("client_id", clientId, "client_secret", secret, "grant_type", "client_credentials"),
                "invalid_client");
    }

    @Test
    void registerWithoutRedirectUriAndWithTheRfcArrayForm() {
        String statement = statements.issue(app("reg-app-plain", List.of("REF30"), false));
        given().contentType(ContentType.JSON).body(Map.of("software_statement", statement))
                .post("/o/client/register").then().statusCode(201).body("redirect_uris", hasSize(0));
        given().contentType(ContentType.JSON)
                .body(Map.of("software_statement", statement, "redirect_uris", List.of("https://example.com/a")))
                .post("/o/client/register").then().statusCode(201)
                .body("redirect_uris", contains("https://example.com/a"));
    }

    @Test
    void registerRefusesForgedAndGarbageStatements() {
        RegisteredApplication app = app("reg-app-forged", List.of("REF30"), false);
        var attacker = RsaKeyRing.generated(java.util.Optional.of("test-2025-01")).current();
        long now = Instant.now().getEpochSecond();
        String forged = Jwt.claims().issuer("http://localhost:8081").subject(app.id()).claim("software_id", app.id())
                .issuedAt(now).jws().algorithm(SignatureAlgorithm.RS256).keyId(attacker.kid())
                .header("typ", "software-statement+jwt").sign(attacker.privateKey());
        registerError(Map.of("software_statement", forged), "invalid_software_statement");
        registerError(Map.of("software_statement", "eyJhbGciOiJub25lIn0.e30."), "invalid_software_statement");
        registerError(Map.of("software_statement", TestAuth.adminToken()), "invalid_software_statement");
    }

    @Test
    void registerRefusesRevokedAndUnknownApplications() {
        registerError(Map.of("software_statement", statements.issue(app("reg-app-revoked", List.of("REF30"), true))),
                "unapproved_software_statement");
        var never = new RegisteredApplication("reg-app-never-saved", "x", "1", List.of(), List.of(), List.of(),
                List.of(), null, null, false, Instant.now());
        registerError(Map.of("software_statement", statements.issue(never)), "unapproved_software_statement");
    }

    @Test
    void registerRefusesRedirectUrisOutsideTheApplicationsDomains() {
        String statement = statements.issue(app("reg-app-redirect", List.of("REF30"), false));
        registerError(Map.of("software_statement", statement, "redirect_uri", "https://evil.com/cb"),
                "invalid_redirect_uri");
        registerError(Map.of("software_statement", statement, "redirect_uri", "https://example.com.evil.com/"),
                "invalid_redirect_uri");
        registerError(Map.of("software_statement", statement, "redirect_uri", "/relative"), "invalid_redirect_uri");
    }

    @Test
    void registerRefusesMalformedRequests() {
        String statement = statements.issue(app("reg-app-malformed", List.of("REF30"), false));
        checkError(given().contentType(ContentType.JSON).body("{not json").post("/o/client/register").then(),
                "invalid_request");
        checkError(given().contentType(ContentType.JSON).body("[\"" + statement + "\"]")
                .post("/o/client/register").then(), "invalid_request");
        checkError(given().contentType(ContentType.JSON)
                .body("{\"software_statement\":\"" + statement + "\",\"software_statement\":\"x\"}")
                .post("/o/client/register").then(), "invalid_request");
        registerError(Map.of("redirect_uri", "https://example.com/"), "invalid_request");
        registerError(Map.of("software_statement", 42), "invalid_request");
        registerError(Map.of("software_statement", statement, "redirect_uri", "https://example.com/",
                "redirect_uris", List.of("https://example.com/")), "invalid_request");
        checkError(given().contentType(ContentType.URLENC).formParam("software_statement", statement)
                .post("/o/client/register").then(), "invalid_request");
        checkError(given().contentType(ContentType.JSON).header("X-Device-Info", "!!!")
                .body(Map.of("software_statement", statement)).post("/o/client/register").then(),
                "invalid_request");
    }

    // ------------------------------------------------------------------------------------------------------ JWKS

    @Test
    void jwksPublishesBothKeysForFiveMinutes() throws Exception {
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "public, max-age=300")
                .body("keys", hasSize(2))
                .body("keys.kid", containsInAnyOrder("test-2024-01", "test-2025-01"))
                .body("keys.kty", everyItem("RSA"))
                .body("keys.use", everyItem("sig"))
                .body("keys.alg", everyItem("RS256"))
                .body("keys.e", everyItem("AQAB"))
                .body("keys.find { it.kid == 'test-2025-01' }.n", equalTo(modulusOf("test-2025-01")));
    }

    @Test
    void tokenSignedByThePreviousKeyIsStillAccepted() {
        RsaKeyRing.SigningKey old = key("test-2024-01");
        long now = Instant.now().getEpochSecond();
        String token = Jwt.claims().issuer("http://localhost:8081").subject("tvegate-admin")
                .claim("client_id", "tvegate-admin").claim("sp", List.of()).claim("scope", "admin")
                .issuedAt(now).claim("nbf", now).expiresAt(now + 3600).claim("jti", "t1")
                .jws().algorithm(SignatureAlgorithm.RS256).keyId(old.kid()).header("typ", "at+jwt")
                .sign(old.privateKey());

        assertThat(bearer.requireScope(TestAuth.bearer(token), "admin").clientId()).isEqualTo("tvegate-admin");
        // end to end: the admin API accepts it, while the new tokens are signed by the current key
        given().header("Authorization", TestAuth.bearer(token)).get("/admin/v1/service-providers")
                .then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------- bearer helper

    @Test
    void bearerAuthenticatorRefusesMissingInvalidAndUnderScopedTokens() {
        assertThatThrownBy(() -> bearer.requireScope(null, "admin")).isInstanceOf(NotAuthorizedProblem.class);
        assertThatThrownBy(() -> bearer.requireScope("Bearer nope", "admin")).isInstanceOf(NotAuthorizedProblem.class);
        assertThatThrownBy(() -> bearer.requireScope("Basic abc", "admin")).isInstanceOf(NotAuthorizedProblem.class);
        String internal = TestAuth.bearer(TestAuth.internalToken());
        assertThatThrownBy(() -> bearer.requireScope(internal, "admin")).isInstanceOf(ForbiddenProblem.class);
        assertThat(bearer.authenticate("bearer " + TestAuth.internalToken())).isPresent();

        assertThatThrownBy(() -> bearer.requireV2Caller(null, "REF30"))
                .isInstanceOfSatisfying(EnhancedErrorException.class, e -> assertThat(e.error().code())
                        .isEqualTo("invalid_access_token_client_application"));
        String admin = TestAuth.bearer(TestAuth.adminToken()); // admin has no service provider
        assertThatThrownBy(() -> bearer.requireV2Caller(admin, "REF30"))
                .isInstanceOfSatisfying(EnhancedErrorException.class, e -> assertThat(e.error().code())
                        .isEqualTo("invalid_access_token_service_provider"));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItem(Object value) {
        return org.hamcrest.Matchers.everyItem(is(value));
    }

    private RegisteredApplication app(String id, List<String> sps, boolean revoked) {
        var app = new RegisteredApplication(id, "App " + id, "1.0", List.of("iOS"), sps, List.of("api:client:v2"),
                List.of("example.com"), null, null, revoked, Instant.now());
        return OnVertx.await(() -> applications.save(app));
    }

    /** @return the secret of a new DCR client of {@code app} */
    private String dcrClient(String clientId, RegisteredApplication app) {
        String secret = Secrets.randomToken(32);
        OnVertx.await(() -> clients.save(new DcrClient(clientId, Secrets.sha256Hex(secret), app.id(), List.of(),
                Instant.now())));
        return secret;
    }

    private static void registerError(Map<String, ?> body, String error) {
        checkError(given().contentType(ContentType.JSON).body(body).post("/o/client/register").then(), error);
    }

    private static void tokenError(Map<String, String> form, String error) {
        checkError(given().contentType(ContentType.URLENC).formParams(form).post("/o/client/token").then(), error);
    }

    private static void checkError(ValidatableResponse response, String error) {
        response.statusCode(400).contentType(ContentType.JSON)
                .header("Cache-Control", "no-store")
                .body("error", equalTo(error))
                .body("error_description", notNullValue());
    }

    private static RsaKeyRing.SigningKey key(String kid) {
        try {
            return RsaKeyRing.parsePkcs8(kid, Files.readString(Path.of("src/test/resources/keys", kid + ".pem")),
                    kid);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String modulusOf(String kid) {
        byte[] bytes = key(kid).publicKey().getModulus().toByteArray();
        if (bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static Map<String, Object> part(String jwt, int index) throws Exception {
        return JSON.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), new TypeReference<>() {
        });
    }
}
