package dev.tvegate.registration.adapter.in.rest;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.kernel.legacy.LegacyRequestSigner;
import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.domain.model.DcrClient;
import dev.tvegate.registration.support.TestAuth;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The catalogue over HTTP against PostgreSQL: the admin API, {@code /api/v2/{sp}/configuration},
 * {@code /api/v1/config/{requestor}} and the internal API. Every test works on its own uniquely named entities, so the
 * tests are independent of each other and of earlier runs against the same database.
 */
@QuarkusTest
class CatalogueApiTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static String adminBearer;
    private static String internalBearer;

    @Inject
    ClientRepositoryPort clients;
    @Inject
    DataSource dataSource;

    // ---------------------------------------------------------------------------------------------------- helpers

    private static String unique(String prefix) {
        byte[] b = new byte[5];
        RANDOM.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }

    private static synchronized RequestSpecification asAdmin() {
        if (adminBearer == null) {
            adminBearer = TestAuth.bearer(TestAuth.adminToken());
        }
        return given().header("Authorization", adminBearer).contentType(ContentType.JSON);
    }

    private static synchronized RequestSpecification asInternal() {
        if (internalBearer == null) {
            internalBearer = TestAuth.bearer(TestAuth.internalToken());
        }
        return given().header("Authorization", internalBearer);
    }

    private static void createServiceProvider(String id, String name, List<String> domains) {
        asAdmin().body(Map.of("id", id, "name", name, "domains", domains)).post("/admin/v1/service-providers")
                .then().statusCode(201);
    }

    private static void createOidcMvpd(String id, String displayName, String secret) {
        Map<String, Object> endpoints = new java.util.HashMap<>(Map.of("issuer", "https://idp.example.com/" + id,
                "clientId", "tvegate", "scopes", List.of("openid", "profile"), "entitlementUrl",
                "https://idp.example.com/" + id + "/entitlements"));
        if (secret != null) {
            endpoints.put("clientSecret", secret);
        }
        asAdmin().body(Map.of("id", id, "displayName", displayName, "logoUrl", "https://cdn.example.com/" + id + ".png",
                "protocol", "oidc", "endpoints", endpoints)).post("/admin/v1/mvpds").then().statusCode(201);
    }

    private static void createTempPassMvpd(String id, String displayName) {
        asAdmin().body(Map.of("id", id, "displayName", displayName, "protocol", "temppass", "tempPass",
                Map.of("ttlSeconds", 2400))).post("/admin/v1/mvpds").then().statusCode(201);
    }

    private static void integrate(String sp, String mvpd, boolean enabled) {
        asAdmin().body(Map.of("enabled", enabled)).put("/admin/v1/service-providers/{sp}/integrations/{mvpd}", sp, mvpd)
                .then().statusCode(201);
    }

    private static JsonPath createApplication(List<String> serviceProviders) {
        return asAdmin().body(Map.of("name", "Test app", "version", "2.1.0", "platforms", List.of("iOS", "web"),
                "serviceProviders", serviceProviders, "domains", List.of("app.example.com")))
                .post("/admin/v1/applications").then().statusCode(201).extract().jsonPath();
    }

    /** @return a bearer header of a DCR client of a new application for {@code serviceProviders} */
    private String clientBearer(List<String> serviceProviders) {
        String appId = createApplication(serviceProviders).getString("id");
        String clientId = unique("client-");
        String secret = Secrets.randomToken(32);
        clients.save(new DcrClient(clientId, Secrets.sha256Hex(secret), appId, List.of(), Instant.now())).await()
                .indefinitely();
        return TestAuth.bearer(TestAuth.token(clientId, secret));
    }

    private static String b64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private String column(String sql, String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- admin

    @Nested
    class AdminAccess {
        @Test
        void everyAdminCollectionNeedsABearerTokenWithScopeAdmin() {
            for (String path : List.of("/admin/v1/service-providers", "/admin/v1/mvpds", "/admin/v1/applications")) {
                given().get(path).then().statusCode(401).body("error", equalTo("invalid_token"));
                given().header("Authorization", "Bearer not-a-token").get(path).then().statusCode(401);
                asInternal().get(path).then().statusCode(403).body("error", equalTo("insufficient_scope"));
            }
            given().contentType(ContentType.JSON).body(Map.of("id", unique("SP"), "name", "x"))
                    .post("/admin/v1/service-providers").then().statusCode(401);
            asInternal().put("/admin/v1/service-providers/REF30/integrations/Sandbox").then().statusCode(403);
        }

        @Test
        void theOpenApiDocumentDescribesTheCatalogueAndItsBearerScheme() {
            given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                    .body("paths.keySet()", hasItem("/admin/v1/service-providers/{id}"))
                    .body("paths.keySet()", hasItem("/api/v2/{serviceProvider}/configuration"))
                    .body("paths.keySet()", hasItem("/internal/v1/service-providers/{sp}/configuration"));
        }
    }

    @Nested
    class ServiceProviders {
        @Test
        void createReadUpdateListAndDelete() {
            String id = unique("SP");
            asAdmin().body(Map.of("id", id, "name", "  News & Sports ", "domains",
                    List.of("Example.COM", "example.com", "tvegate.local")))
                    .post("/admin/v1/service-providers")
                    .then().statusCode(201)
                    .header("Location", containsString("/admin/v1/service-providers/" + id))
                    .body("id", equalTo(id)).body("name", equalTo("News & Sports"))
                    .body("domains", equalTo(List.of("example.com", "tvegate.local")));

            asAdmin().get("/admin/v1/service-providers/{id}", id).then().statusCode(200)
                    .body("domains", equalTo(List.of("example.com", "tvegate.local")));
            asAdmin().body(Map.of("name", "Renamed", "domains", List.of("renamed.example")))
                    .put("/admin/v1/service-providers/{id}", id).then().statusCode(200)
                    .body("name", equalTo("Renamed")).body("domains", equalTo(List.of("renamed.example")));
            asAdmin().get("/admin/v1/service-providers").then().statusCode(200).body("id", hasItem(id));

            asAdmin().delete("/admin/v1/service-providers/{id}", id).then().statusCode(204);
            asAdmin().get("/admin/v1/service-providers/{id}", id).then().statusCode(404)
                    .body("error", equalTo("not_found")).body("message", containsString(id));
            asAdmin().delete("/admin/v1/service-providers/{id}", id).then().statusCode(404);
            asAdmin().body(Map.of("name", "x")).put("/admin/v1/service-providers/{id}", id).then().statusCode(404);
        }

        @Test
        void duplicatesConflictAndBadFieldsAreNamed() {
            String id = unique("SP");
            createServiceProvider(id, "First", List.of());
            asAdmin().body(Map.of("id", id, "name", "Second")).post("/admin/v1/service-providers").then()
                    .statusCode(409).body("error", equalTo("conflict"));
            asAdmin().get("/admin/v1/service-providers/{id}", id).then().body("name", equalTo("First"));

            asAdmin().body(Map.of("id", "bad id", "name", "x")).post("/admin/v1/service-providers").then()
                    .statusCode(400).body("error", equalTo("invalid_request")).body("field", equalTo("id"));
            asAdmin().body(Map.of("id", unique("SP"))).post("/admin/v1/service-providers").then()
                    .statusCode(400).body("field", equalTo("name"));
            asAdmin().body(Map.of("id", unique("SP"), "name", "x", "domains", List.of("https://a.example/")))
                    .post("/admin/v1/service-providers").then().statusCode(400).body("field", equalTo("domains"))
                    .body("message", containsString("https://a.example/"));
            asAdmin().body(Map.of("id", "OTHER", "name", "x")).put("/admin/v1/service-providers/{id}", id).then()
                    .statusCode(400).body("field", equalTo("id"));
        }

        @Test
        void unreadableBodiesAre400WithATraceNever500() {
            Response r = asAdmin().body("{\"id\": \"X\", \"name\": ").post("/admin/v1/service-providers");
            r.then().statusCode(400).body("error", equalTo("invalid_request"))
                    .body("message", containsString("not valid JSON")).body("trace", notNullValue());
            assertThat(r.header("X-Trace-Id")).isEqualTo(r.jsonPath().getString("trace"));

            asAdmin().body("{\"id\": \"X\", \"name\": \"x\", \"domains\": \"not-a-list\"}")
                    .post("/admin/v1/service-providers").then().statusCode(400).body("field", equalTo("domains"));
            asAdmin().body("[1,2]").post("/admin/v1/service-providers").then().statusCode(400);
            asAdmin().body("").post("/admin/v1/service-providers").then().statusCode(400);
            asAdmin().body("{\"authnTtlSeconds\": \"a month\"}")
                    .put("/admin/v1/service-providers/REF30/integrations/Sandbox").then().statusCode(400)
                    .body("field", equalTo("authnTtlSeconds"));
        }
    }

    @Nested
    class Mvpds {
        @Test
        void clientSecretIsWriteOnlySealedAtRestAndKeptWhenAPutOmitsIt() throws Exception {
            String id = unique("Mvpd");
            createOidcMvpd(id, "Optimum", "very-secret-value");

            asAdmin().get("/admin/v1/mvpds/{id}", id).then().statusCode(200)
                    .body("protocol", equalTo("oidc")).body("isTempPass", equalTo(false))
                    .body("endpoints.issuer", equalTo("https://idp.example.com/" + id))
                    .body("endpoints.hasClientSecret", equalTo(true))
                    .body("endpoints.clientSecret", nullValue())
                    .body(not(containsString("very-secret-value")));
            String stored = column("select client_secret_enc from mvpd where id = ?", id);
            assertThat(stored).startsWith("v1:").doesNotContain("very-secret-value");

            asAdmin().body(Map.of("displayName", "Optimum TV", "protocol", "oidc", "endpoints",
                    Map.of("issuer", "https://idp2.example.com", "clientId", "tvegate2")))
                    .put("/admin/v1/mvpds/{id}", id).then().statusCode(200)
                    .body("displayName", equalTo("Optimum TV")).body("endpoints.hasClientSecret", equalTo(true));
            assertThat(column("select client_secret_enc from mvpd where id = ?", id)).startsWith("v1:");

            asAdmin().get("/admin/v1/mvpds").then().statusCode(200).body("id", hasItem(id))
                    .body(not(containsString("very-secret-value")));
            asAdmin().delete("/admin/v1/mvpds/{id}", id).then().statusCode(204);
            asAdmin().get("/admin/v1/mvpds/{id}", id).then().statusCode(404);
        }

        @Test
        void tempPassMvpdAndProtocolRules() {
            String id = unique("TempPass_");
            asAdmin().body(Map.of("id", id, "displayName", "Temp Pass 40 min", "protocol", "temppass", "tempPass",
                    Map.of("ttlSeconds", 2400, "resourceLimit", 3))).post("/admin/v1/mvpds")
                    .then().statusCode(201).body("isTempPass", equalTo(true))
                    .body("tempPass.ttlSeconds", equalTo(2400)).body("tempPass.resourceLimit", equalTo(3))
                    .body("endpoints", nullValue());

            asAdmin().body(Map.of("id", unique("M"), "displayName", "x", "protocol", "temppass"))
                    .post("/admin/v1/mvpds").then().statusCode(400).body("field", equalTo("tempPass"));
            asAdmin().body(Map.of("id", unique("M"), "displayName", "x", "protocol", "temppass", "tempPass",
                    Map.of("ttlSeconds", 10))).post("/admin/v1/mvpds").then().statusCode(400)
                    .body("field", equalTo("tempPass.ttlSeconds"));
            asAdmin().body(Map.of("id", unique("M"), "displayName", "x", "protocol", "oidc", "endpoints",
                    Map.of("clientId", "c"))).post("/admin/v1/mvpds").then().statusCode(400)
                    .body("field", equalTo("endpoints.issuer"));
            asAdmin().body(Map.of("id", unique("M"), "displayName", "x", "protocol", "saml"))
                    .post("/admin/v1/mvpds").then().statusCode(400).body("field", equalTo("protocol"));
            asAdmin().body(Map.of("id", unique("M"), "displayName", "x", "logoUrl", "logo.png", "protocol", "oidc",
                    "endpoints", Map.of("issuer", "https://i.example", "clientId", "c"))).post("/admin/v1/mvpds")
                    .then().statusCode(400).body("field", equalTo("logoUrl"));
        }
    }

    @Nested
    class Integrations {
        @Test
        void putCreatesThenReplacesWithDefaultsAndDeleteRemoves() {
            String sp = unique("SP");
            String mvpd = unique("Mvpd");
            createServiceProvider(sp, "SP", List.of("example.com"));
            createOidcMvpd(mvpd, "Optimum", null);

            asAdmin().body("{}").put("/admin/v1/service-providers/{sp}/integrations/{mvpd}", sp, mvpd).then()
                    .statusCode(201).body("serviceProvider", equalTo(sp)).body("mvpd", equalTo(mvpd))
                    .body("enabled", equalTo(true)).body("authnTtlSeconds", equalTo(2_592_000))
                    .body("authzTtlSeconds", equalTo(86_400)).body("degradation", equalTo("none"))
                    .body("preflightMaxResources", equalTo(5)).body("entitlementMode", equalTo("profile-claim"));
            asAdmin().body(Map.of("enabled", false, "authnTtlSeconds", 21_600, "authzTtlSeconds", 3_600,
                    "degradation", "AuthZAll", "preflightMaxResources", 20, "entitlementMode", "mvpd-endpoint"))
                    .put("/admin/v1/service-providers/{sp}/integrations/{mvpd}", sp, mvpd).then().statusCode(200)
                    .body("enabled", equalTo(false)).body("degradation", equalTo("AuthZAll"));
            asAdmin().get("/admin/v1/service-providers/{sp}/integrations/{mvpd}", sp, mvpd).then().statusCode(200)
                    .body("authnTtlSeconds", equalTo(21_600)).body("preflightMaxResources", equalTo(20))
                    .body("entitlementMode", equalTo("mvpd-endpoint"));
            asAdmin().get("/admin/v1/service-providers/{sp}/integrations", sp).then().statusCode(200)
                    .body("mvpd", equalTo(List.of(mvpd)));

            asAdmin().delete("/admin/v1/mvpds/{id}", mvpd).then().statusCode(409)
                    .body("message", containsString(sp));
            asAdmin().delete("/admin/v1/service-providers/{sp}/integrations/{mvpd}", sp, mvpd).then()
                    .statusCode(204);
            asAdmin().get("/admin/v1/service-providers/{sp}/integrations/{mvpd}", sp, mvpd).then().statusCode(404);
            asAdmin().delete("/admin/v1/mvpds/{id}", mvpd).then().statusCode(204);
        }

        @Test
        void badSettingsAndUnknownEndsAreRefused() {
            String sp = unique("SP");
            String mvpd = unique("TempPass_");
            createServiceProvider(sp, "SP", List.of());
            createTempPassMvpd(mvpd, "Temp");
            String path = "/admin/v1/service-providers/{sp}/integrations/{mvpd}";

            asAdmin().body(Map.of("authnTtlSeconds", 30)).put(path, sp, mvpd).then().statusCode(400)
                    .body("field", equalTo("authnTtlSeconds"));
            asAdmin().body(Map.of("authzTtlSeconds", 8 * 86_400)).put(path, sp, mvpd).then().statusCode(400)
                    .body("field", equalTo("authzTtlSeconds"));
            asAdmin().body(Map.of("preflightMaxResources", 0)).put(path, sp, mvpd).then().statusCode(400)
                    .body("field", equalTo("preflightMaxResources"));
            asAdmin().body(Map.of("degradation", "maybe")).put(path, sp, mvpd).then().statusCode(400)
                    .body("field", equalTo("degradation"));
            asAdmin().body("{}").put(path, sp, "NoSuchMvpd").then().statusCode(404);
            asAdmin().body("{}").put(path, "NoSuchSp", mvpd).then().statusCode(404);
            asAdmin().get("/admin/v1/service-providers/{sp}/integrations", "NoSuchSp").then().statusCode(404);
            asAdmin().get("/admin/v1/service-providers/{sp}/integrations", sp).then().statusCode(200)
                    .body("size()", equalTo(0));
        }

        @Test
        void deletingAServiceProviderDeletesItsIntegrations() {
            String sp = unique("SP");
            String mvpd = unique("TempPass_");
            createServiceProvider(sp, "SP", List.of());
            createTempPassMvpd(mvpd, "Temp");
            integrate(sp, mvpd, true);
            asAdmin().delete("/admin/v1/service-providers/{id}", sp).then().statusCode(204);
            asAdmin().delete("/admin/v1/mvpds/{id}", mvpd).then().statusCode(204);
        }
    }

    @Nested
    class Applications {
        @Test
        void createShowsStatementAndPrivateKeyOnceThenRevokeAndDelete() throws Exception {
            String sp = unique("SP");
            createServiceProvider(sp, "SP", List.of());
            Response created = asAdmin().body(Map.of("name", "Demo RESTV2", "version", "1.0.0", "platforms",
                    List.of("iOS", "tvOS"), "serviceProviders", List.of(sp), "domains", List.of("App.Example.com")))
                    .post("/admin/v1/applications");
            created.then().statusCode(201).header("Cache-Control", "no-store")
                    .body("name", equalTo("Demo RESTV2")).body("scopes", equalTo(List.of("api:client:v2")))
                    .body("domains", equalTo(List.of("app.example.com"))).body("revoked", equalTo(false))
                    .body("serviceProviders", equalTo(List.of(sp)))
                    .body("softwareStatement", notNullValue()).body("legacyPrivateKey", notNullValue())
                    .body("legacyPublicKey", notNullValue()).body("createdAt", notNullValue());
            String id = created.jsonPath().getString("id");
            String privateKey = created.jsonPath().getString("legacyPrivateKey");
            String statement = created.jsonPath().getString("softwareStatement");
            assertThat(created.header("Location")).endsWith("/admin/v1/applications/" + id);
            assertThat(statement.split("\\.")).hasSize(3);
            String claims = new String(Base64.getUrlDecoder().decode(statement.split("\\.")[1]), StandardCharsets.UTF_8);
            assertThat(claims).contains(id);

            asAdmin().get("/admin/v1/applications/{id}", id).then().statusCode(200).body("id", equalTo(id))
                    .body("legacyPrivateKey", nullValue()).body(not(containsString(privateKey)));
            asAdmin().get("/admin/v1/applications").then().statusCode(200).body("id", hasItem(id))
                    .body(not(containsString(privateKey)));
            String stored = column("select legacy_private_key_enc from registered_application where id = ?", id);
            assertThat(stored).startsWith("v1:").doesNotContain(privateKey);

            asAdmin().get("/admin/v1/applications/{id}/software-statement", id).then().statusCode(200)
                    .header("Cache-Control", "no-store").body("applicationId", equalTo(id))
                    .body("softwareStatement", startsWith("ey"));

            asAdmin().delete("/admin/v1/service-providers/{id}", sp).then().statusCode(409)
                    .body("message", containsString(id));

            asAdmin().post("/admin/v1/applications/{id}/revoke", id).then().statusCode(200)
                    .body("revoked", equalTo(true));
            given().header("Authorization", adminBearer).post("/admin/v1/applications/{id}/revoke", id).then()
                    .statusCode(200)
                    .body("revoked", equalTo(true));
            asAdmin().get("/admin/v1/applications/{id}/software-statement", id).then().statusCode(409);
            asInternal().get("/internal/v1/applications/{id}", id).then().statusCode(200)
                    .body("revoked", equalTo(true)).body("serviceProviders", equalTo(List.of(sp)))
                    .body("domains", equalTo(List.of("app.example.com")))
                    .body("legacyPrivateKey", nullValue()).body("legacyPublicKey", nullValue());

            asAdmin().delete("/admin/v1/applications/{id}", id).then().statusCode(204);
            asAdmin().get("/admin/v1/applications/{id}", id).then().statusCode(404);
            asAdmin().post("/admin/v1/applications/{id}/revoke", id).then().statusCode(404);
            asAdmin().delete("/admin/v1/service-providers/{id}", sp).then().statusCode(204);
        }

        @Test
        void validationNamesTheField() {
            String sp = unique("SP");
            createServiceProvider(sp, "SP", List.of());
            Map<String, Object> valid = Map.of("name", "App", "version", "1", "platforms", List.of("web"),
                    "serviceProviders", List.of(sp));
            asAdmin().body(with(valid, "serviceProviders", List.of(sp, "GhostSp"))).post("/admin/v1/applications")
                    .then().statusCode(400).body("field", equalTo("serviceProviders"))
                    .body("message", containsString("GhostSp"));
            asAdmin().body(with(valid, "platforms", List.of())).post("/admin/v1/applications").then()
                    .statusCode(400).body("field", equalTo("platforms"));
            asAdmin().body(with(valid, "scopes", List.of("admin"))).post("/admin/v1/applications").then()
                    .statusCode(400).body("field", equalTo("scopes"));
            asAdmin().body(with(valid, "domains", List.of("not a host"))).post("/admin/v1/applications").then()
                    .statusCode(400).body("field", equalTo("domains"));
            asAdmin().body(with(valid, "name", "")).post("/admin/v1/applications").then().statusCode(400)
                    .body("field", equalTo("name"));
        }

        private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
            Map<String, Object> copy = new java.util.HashMap<>(base);
            copy.put(key, value);
            return copy;
        }
    }

    // ---------------------------------------------------------------------------------------- configuration

    /** A service provider with an enabled OIDC MVPD, an enabled TempPass MVPD and a disabled one. */
    private record Tenant(String sp, String oidc, String tempPass, String disabled) {
    }

    private static Tenant tenant() {
        Tenant t = new Tenant(unique("SP"), unique("Mvpd"), unique("TempPass_"), unique("Off"));
        createServiceProvider(t.sp(), "Reference <site> & co", List.of("adobe.com", "localhost"));
        createOidcMvpd(t.oidc(), "Optimum", "mvpd-client-secret");
        createTempPassMvpd(t.tempPass(), "Temp Pass 40 min");
        createOidcMvpd(t.disabled(), "AAA disabled", null);
        integrate(t.sp(), t.oidc(), true);
        integrate(t.sp(), t.tempPass(), true);
        integrate(t.sp(), t.disabled(), false);
        return t;
    }

    @Nested
    class ConfigurationV2 {
        @Test
        void listsEnabledMvpdsInBothPlacesWithDeviceDetails() {
            Tenant t = tenant();
            String bearer = clientBearer(List.of(t.sp()));
            long before = System.currentTimeMillis();
            String deviceInfo = b64("{\"primaryHardwareType\":\"MobilePhone\",\"model\":\"iPhone\",\"osName\":\"iOS\","
                    + "\"osVersion\":\"18.1\"}");
            JsonPath body = given().header("Authorization", bearer)
                    .header("AP-Device-Identifier", "fingerprint " + b64("ba23d141-d715-561c-94f4-e9e4c966b1eb"))
                    .header("X-Device-Info", deviceInfo)
                    .get("/api/v2/{sp}/configuration", t.sp())
                    .then().statusCode(200).contentType("application/json;charset=UTF-8")
                    .extract().jsonPath();

            assertThat(body.getString("device")).isEqualTo("mobilephone");
            assertThat(body.getString("clientType")).isEqualTo("ios");
            assertThat(body.getString("os")).isEqualTo("iOS");
            assertThat(body.getLong("time")).isBetween(before, System.currentTimeMillis());
            assertThat(body.getString("requestor.id")).isEqualTo(t.sp());
            assertThat(body.getString("requestor.name")).isEqualTo("Reference <site> & co");
            assertThat(body.getList("requestor.domains")).containsExactly(
                    Map.of("name", "adobe.com", "mvpdInitiated", false),
                    Map.of("name", "localhost", "mvpdInitiated", false));
            // display-name order; the disabled integration is not listed
            assertThat(body.getList("mvpds.id")).containsExactly(t.oidc(), t.tempPass());
            assertThat(body.getList("requestor.mvpds")).isEqualTo(body.getList("mvpds"));
            Map<String, Object> oidc = body.getMap("mvpds[0]");
            assertThat(oidc).containsEntry("displayName", "Optimum")
                    .containsEntry("logoUrl", "https://cdn.example.com/" + t.oidc() + ".png")
                    .containsEntry("isTempPass", false).containsEntry("isProxy", false)
                    .containsEntry("authPerAggregator", false).containsEntry("enablePlatformServices", false)
                    .containsEntry("displayInPlatformPicker", true).containsEntry("enforcePlatformPermissions", false);
            assertThat(body.getMap("mvpds[1]")).containsEntry("isTempPass", true)
                    .containsEntry("authPerAggregator", true).doesNotContainKey("logoUrl");
            assertThat(body.prettify()).doesNotContain("mvpd-client-secret");
        }

        @Test
        void withoutDeviceHeadersTheClientIsDescribedFromTheUserAgentOrUnknown() {
            Tenant t = tenant();
            String bearer = clientBearer(List.of(t.sp()));
            given().header("Authorization", bearer).header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64)")
                    .get("/api/v2/{sp}/configuration", t.sp()).then().statusCode(200)
                    .body("device", equalTo("unknown")).body("clientType", equalTo("html5"))
                    .body("os", equalTo("Unknown"));
            given().header("Authorization", bearer).header("User-Agent", "okhttp/4.12")
                    .get("/api/v2/{sp}/configuration", t.sp()).then().statusCode(200)
                    .body("clientType", equalTo("unknown"));
        }

        @Test
        void disablingAnIntegrationHidesItsMvpd() {
            Tenant t = tenant();
            String bearer = clientBearer(List.of(t.sp()));
            asAdmin().body(Map.of("enabled", false))
                    .put("/admin/v1/service-providers/{sp}/integrations/{mvpd}", t.sp(), t.oidc()).then()
                    .statusCode(200);
            given().header("Authorization", bearer).get("/api/v2/{sp}/configuration", t.sp()).then()
                    .statusCode(200).body("mvpds.id", equalTo(List.of(t.tempPass())));
        }

        @Test
        void errorsAreEnhancedErrorCodesWithTheRightStatus() {
            Tenant t = tenant();
            String bearer = clientBearer(List.of(t.sp()));
            String path = "/api/v2/{sp}/configuration";

            Response noToken = given().get(path, t.sp());
            noToken.then().statusCode(401).contentType(ContentType.JSON)
                    .body("code", equalTo("invalid_access_token_client_application"))
                    .body("action", equalTo("application-registration")).body("status", equalTo(401));
            assertThat(noToken.header("X-Trace-Id")).isEqualTo(noToken.jsonPath().getString("trace"));
            given().header("Authorization", "Bearer garbage").get(path, t.sp()).then().statusCode(401)
                    .body("code", equalTo("invalid_access_token_client_application"));

            given().header("Authorization", bearer).get(path, unique("NoSuchSp")).then().statusCode(400)
                    .body("code", equalTo("invalid_parameter_service_provider")).body("action", equalTo("none"));

            Tenant other = tenant();
            given().header("Authorization", bearer).get(path, other.sp()).then().statusCode(401)
                    .body("code", equalTo("invalid_access_token_service_provider"));

            given().header("Authorization", bearer).header("X-Device-Info", "%%%not-base64").get(path, t.sp()).then()
                    .statusCode(400).body("code", equalTo("invalid_header_device_info"));
            given().header("Authorization", bearer).header("X-Device-Info", b64("{\"osName\":\"Plan9\"}"))
                    .get(path, t.sp()).then().statusCode(400).body("code", equalTo("invalid_header_device_info"));
            given().header("Authorization", bearer).header("AP-Device-Identifier", "serial 1234").get(path, t.sp())
                    .then().statusCode(400).body("code", equalTo("invalid_header_device_identifier"));
        }
    }

    @Nested
    class ConfigV1 {
        @Test
        void xmlByDefaultWithEscapedValues() {
            Tenant t = tenant();
            String bearer = clientBearer(List.of(t.sp()));
            Response r = given().header("Authorization", bearer).get("/api/v1/config/{requestor}", t.sp());
            r.then().statusCode(200).contentType(startsWith("application/xml"));
            assertThat(r.asString()).startsWith("<?xml").contains("<name>Reference &lt;site&gt; &amp; co</name>");
            XmlPath xml = r.xmlPath();
            assertThat(xml.getString("config.requestor.id")).isEqualTo(t.sp());
            assertThat(xml.getList("config.mvpds.mvpd.id")).containsExactly(t.oidc(), t.tempPass());
            assertThat(xml.getList("config.mvpds.mvpd.isTempPass")).containsExactly("false", "true");
            assertThat(xml.getList("config.mvpds.mvpd.boardingStatus")).containsOnly("SUPPORTED");

            given().header("Authorization", bearer).get("/api/v1/config/{requestor}.xml", t.sp()).then()
                    .statusCode(200).contentType(startsWith("application/xml"));
        }

        @Test
        void jsonByAcceptByFormatParameterOrBySuffix() {
            Tenant t = tenant();
            String bearer = clientBearer(List.of(t.sp()));
            List<Response> answers = List.of(
                    given().header("Authorization", bearer).accept("application/json")
                            .get("/api/v1/config/{requestor}", t.sp()),
                    given().header("Authorization", bearer).queryParam("format", "json")
                            .get("/api/v1/config/{requestor}", t.sp()),
                    given().header("Authorization", bearer).get("/api/v1/config/{requestor}.json", t.sp()));
            for (Response r : answers) {
                r.then().statusCode(200).contentType(startsWith("application/json"))
                        .body("requestor.id", equalTo(t.sp())).body("requestor.name", equalTo("Reference <site> & co"))
                        .body("mvpds.mvpd.id", equalTo(List.of(t.oidc(), t.tempPass())))
                        .body("mvpds.mvpd[1].isTempPass", equalTo(true))
                        .body("mvpds.mvpd[0].displayName", equalTo("Optimum"));
            }
        }

        @Test
        void legacySignedRequestorIsAcceptedOnceAndOnlyForItsRequestor() {
            Tenant t = tenant();
            JsonPath app = createApplication(List.of(t.sp()));
            String publicKey = app.getString("legacyPublicKey");
            String privateKey = app.getString("legacyPrivateKey");
            String path = "/api/v1/config/" + t.sp();
            String header = LegacyRequestSigner.authorizationHeader("GET", t.sp(), path, publicKey, privateKey,
                    System.currentTimeMillis());

            Response first = given().header("Authorization", header).get(path);
            first.then().statusCode(200).contentType(startsWith("application/xml"));
            assertThat(first.xmlPath().getList("config.mvpds.mvpd.id")).containsExactly(t.oidc(), t.tempPass());
            given().header("Authorization", header).get(path).then().statusCode(401); // nonce replay

            Tenant other = tenant();
            String otherPath = "/api/v1/config/" + other.sp();
            given().header("Authorization", LegacyRequestSigner.authorizationHeader("GET", other.sp(), otherPath,
                    publicKey, privateKey, System.currentTimeMillis())).accept("application/json").get(otherPath)
                    .then().statusCode(401).body("code", startsWith("invalid_access_token"));
            given().header("Authorization", LegacyRequestSigner.authorizationHeader("GET", t.sp(), path, publicKey,
                    "wrong-key", System.currentTimeMillis())).get(path).then().statusCode(401);
        }

        @Test
        void errorsUseTheRequestedFormat() {
            Tenant t = tenant();
            String bearer = clientBearer(List.of(t.sp()));
            String unknown = unique("NoSuchRequestor");

            Response xml = given().header("Authorization", bearer).get("/api/v1/config/{requestor}", unknown);
            xml.then().statusCode(400).contentType(startsWith("application/xml"));
            assertThat(xml.xmlPath().getString("error.code")).isEqualTo("invalid_requestor");
            assertThat(xml.header("X-Trace-Id")).isEqualTo(xml.xmlPath().getString("error.trace"));

            given().header("Authorization", bearer).get("/api/v1/config/{requestor}.json", unknown).then()
                    .statusCode(400).contentType(startsWith("application/json"))
                    .body("code", equalTo("invalid_requestor"));

            Response noToken = given().get("/api/v1/config/{requestor}", t.sp());
            noToken.then().statusCode(401).contentType(startsWith("application/xml"));
            assertThat(noToken.xmlPath().getString("error.code")).isEqualTo("invalid_access_token_client_application");

            Tenant other = tenant();
            given().header("Authorization", bearer).accept("application/json")
                    .get("/api/v1/config/{requestor}", other.sp()).then().statusCode(401)
                    .body("code", equalTo("invalid_access_token_service_provider"));

            given().header("Authorization", bearer).queryParam("format", "json")
                    .get("/api/v1/config/{requestor}.xml", t.sp()).then().statusCode(400)
                    .contentType(startsWith("application/xml")).body(containsString("Conflicting"));
        }
    }

    // ---------------------------------------------------------------------------------------------- internal

    @Nested
    class Internal {
        @Test
        void fullConfigurationNeedsScopeInternalAndShowsEverything() {
            Tenant t = tenant();
            String path = "/internal/v1/service-providers/{sp}/configuration";
            given().get(path, t.sp()).then().statusCode(401);
            asAdmin().get(path, t.sp()).then().statusCode(403);
            asAdmin().get("/internal/v1/applications/{id}", "x").then().statusCode(403);

            JsonPath body = asInternal().get(path, t.sp()).then().statusCode(200)
                    .header("Cache-Control", "no-store").extract().jsonPath();
            assertThat(body.getString("serviceProvider.id")).isEqualTo(t.sp());
            assertThat(body.getList("serviceProvider.domains")).containsExactly("adobe.com", "localhost");
            assertThat(body.getList("integrations.mvpdId")).containsExactlyInAnyOrder(t.oidc(), t.tempPass(),
                    t.disabled());
            Map<String, Object> oidc = body.getMap("integrations.find { it.mvpdId == '" + t.oidc() + "' }");
            assertThat(oidc).containsEntry("enabled", true).containsEntry("authnTtlSeconds", 2_592_000)
                    .containsEntry("degradation", "none").containsEntry("entitlementMode", "profile-claim");
            assertThat(body.getString("integrations.find { it.mvpdId == '" + t.oidc() + "' }.mvpd.endpoints.clientSecret"))
                    .isEqualTo("mvpd-client-secret");
            assertThat(body.getString("integrations.find { it.mvpdId == '" + t.oidc() + "' }.mvpd.endpoints.issuer"))
                    .isEqualTo("https://idp.example.com/" + t.oidc());
            assertThat(body.getInt("integrations.find { it.mvpdId == '" + t.tempPass() + "' }.mvpd.tempPass.ttlSeconds"))
                    .isEqualTo(2400);
            assertThat(body.getBoolean("integrations.find { it.mvpdId == '" + t.disabled() + "' }.enabled")).isFalse();

            asInternal().get(path, unique("NoSuchSp")).then().statusCode(404);
            asInternal().get("/internal/v1/applications/{id}", "no-such-app").then().statusCode(404);
        }
    }
}
