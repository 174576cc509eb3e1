package dev.tvegate.drm.adapter.in.rest.admin;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tvegate.drm.application.port.out.ContentKeyPort;
import dev.tvegate.drm.application.port.out.CustomerDirectoryPort;
import dev.tvegate.drm.application.port.out.TokenSealingKeyPort;
import dev.tvegate.drm.domain.model.ContentKey;
import dev.tvegate.drm.domain.model.Customer;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.model.TokenSealingKey;
import dev.tvegate.drm.domain.service.AuthenticatorCheck;
import dev.tvegate.drm.support.Remotes;
import dev.tvegate.drm.support.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The DRM admin API over HTTP against PostgreSQL, and what the hot-path ports then see. Each test creates its own
 * customers, so tests are independent of each other and of earlier runs against the same database.
 */
@QuarkusTest
@QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)
class DrmAdminApiTest {

    private static final String BASE = "/admin/v1/drm/customers";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DataSource dataSource;
    @Inject
    CustomerDirectoryPort directory;
    @Inject
    ContentKeyPort contentKeys;
    @Inject
    TokenSealingKeyPort sealingKeys;

    // ---------------------------------------------------------------------------------------------------- helpers

    private static RequestSpecification asAdmin() {
        return given().header("Authorization", TestTokens.adminBearer()).contentType(ContentType.JSON);
    }

    private static long createCustomer(String body) {
        return asAdmin().body(body).post(BASE).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long newCustomer() {
        return createCustomer("{\"name\":\"Storefront\",\"backend\":\"local\"}");
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static <T> T onVertx(Supplier<Uni<T>> call) {
        try {
            return VertxContextSupport.subscribeAndAwait(call);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private List<Map<String, Object>> rows(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int col = 1; col <= rs.getMetaData().getColumnCount(); col++) {
                        row.put(rs.getMetaData().getColumnName(col), rs.getObject(col));
                    }
                    out.add(row);
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // -------------------------------------------------------------------------------------------------- customers

    @Test
    void customersAreCreatedWithDefaultsReadListedReplacedAndDeleted() {
        Response created = asAdmin().body("{\"name\":\"Acme VOD\",\"backend\":\"expressplay\",\"requestors\":[\"REF30\"],"
                + "\"monthlyTokenLimit\":1000}").post(BASE);
        created.then().statusCode(201).body("name", equalTo("Acme VOD")).body("backend", equalTo("expressplay"))
                .body("enabled", equalTo(true)).body("gateEnabled", equalTo(true))
                .body("drms", equalTo(List.of("fp", "wv", "pr"))).body("requestors", equalTo(List.of("REF30")))
                .body("monthlyTokenLimit", equalTo(1000))
                .body("expressPlayCredentials", equalTo(Map.of("test", false, "production", false)));
        long id = created.jsonPath().getLong("id");
        assertThat(id).isGreaterThanOrEqualTo(100001);
        assertThat(created.header("Location")).endsWith(BASE + "/" + id);

        asAdmin().get(BASE + "/" + id).then().statusCode(200).body("name", equalTo("Acme VOD"));
        assertThat(asAdmin().get(BASE).then().statusCode(200).extract().jsonPath().getList("id", Long.class))
                .contains(id);

        // PUT replaces every setting: omitted fields take their defaults
        asAdmin().body("{\"name\":\"Acme\",\"backend\":\"local\",\"drms\":[\"wv\"],\"enabled\":false,"
                + "\"gateEnabled\":false}").put(BASE + "/" + id).then().statusCode(200)
                .body("name", equalTo("Acme")).body("backend", equalTo("local")).body("drms", equalTo(List.of("wv")))
                .body("enabled", equalTo(false)).body("gateEnabled", equalTo(false))
                .body("requestors", equalTo(List.of())).body("monthlyTokenLimit", nullValue());

        asAdmin().delete(BASE + "/" + id).then().statusCode(204);
        asAdmin().get(BASE + "/" + id).then().statusCode(404).body("error", equalTo("not_found"));
        asAdmin().delete(BASE + "/" + id).then().statusCode(404);
        asAdmin().body("{\"name\":\"x\",\"backend\":\"local\"}").put(BASE + "/" + id).then().statusCode(404);
    }

    @Test
    void anExplicitIdIsKeptAndATakenOneIsAConflict() {
        long id = 900_000_000L + RANDOM.nextInt(99_000_000);
        asAdmin().body("{\"id\":" + id + ",\"name\":\"Fixed\",\"backend\":\"local\"}").post(BASE).then()
                .statusCode(201).body("id", equalTo((int) id));
        asAdmin().body("{\"id\":" + id + ",\"name\":\"Again\",\"backend\":\"local\"}").post(BASE).then()
                .statusCode(409).body("error", equalTo("conflict"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        Map<String, String> bad = Map.of(
                "{\"backend\":\"local\"}", "name",
                "{\"name\":\"" + "n".repeat(201) + "\",\"backend\":\"local\"}", "name",
                "{\"name\":\"x\"}", "backend",
                "{\"name\":\"x\",\"backend\":\"widevine-cloud\"}", "backend",
                "{\"name\":\"x\",\"backend\":\"local\",\"drms\":[\"fp\",\"ms3\"]}", "drms",
                "{\"name\":\"x\",\"backend\":\"local\",\"drms\":[]}", "drms",
                "{\"name\":\"x\",\"backend\":\"local\",\"monthlyTokenLimit\":-1}", "monthlyTokenLimit",
                "{\"id\":0,\"name\":\"x\",\"backend\":\"local\"}", "id");
        bad.forEach((body, field) -> asAdmin().body(body).post(BASE).then().statusCode(400)
                .body("error", equalTo("invalid_request")).body("field", equalTo(field))
                .body("error_description", notNullValue()));
        asAdmin().body("{not json").post(BASE).then().statusCode(400).body("error", equalTo("invalid_request"));
        asAdmin().body("{\"name\":\"x\",\"backend\":\"local\",\"monthlyTokenLimit\":\"lots\"}").post(BASE).then()
                .statusCode(400).body("error", equalTo("invalid_request"));

        long id = newCustomer();
        asAdmin().body("{\"environment\":\"staging\"}").post(BASE + "/" + id + "/authenticators").then()
                .statusCode(400).body("field", equalTo("environment"));
        asAdmin().body("{\"key\":\"" + hex(16) + "\"}").put(BASE + "/" + id + "/content-keys/not-a-kid").then()
                .statusCode(400).body("field", equalTo("kid"));
        asAdmin().body("{\"key\":\"" + hex(16) + "\"}").put(BASE + "/{id}/content-keys/{kid}", id, "^" + "k".repeat(65))
                .then().statusCode(400).body("field", equalTo("kid"));
        asAdmin().body("{\"key\":\"" + hex(15) + "\"}").put(BASE + "/" + id + "/content-keys/" + hex(16)).then()
                .statusCode(400).body("field", equalTo("key"));
        asAdmin().body("{\"environment\":\"prod\"}").post(BASE + "/" + id + "/sealing-keys").then().statusCode(400);
        asAdmin().body("{\"customerAuthenticator\":\"has space\"}")
                .put(BASE + "/" + id + "/expressplay-credentials/test").then().statusCode(400)
                .body("field", equalTo("customerAuthenticator"));
    }

    // ------------------------------------------------------------------------------------------------------ auth

    @Test
    void everyCallNeedsAnAdminToken() {
        given().get(BASE).then().statusCode(401).header("WWW-Authenticate", containsString("invalid_token"))
                .body("error", equalTo("invalid_token"));
        given().header("Authorization", TestTokens.expiredAdminBearer()).get(BASE).then().statusCode(401);
        given().header("Authorization", "Bearer not-a-jwt").get(BASE).then().statusCode(401);
        given().header("Authorization", TestTokens.internalBearer()).get(BASE).then().statusCode(403)
                .header("WWW-Authenticate", containsString("insufficient_scope"))
                .body("error", equalTo("insufficient_scope"));
        given().header("Authorization", TestTokens.internalBearer()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"backend\":\"local\"}").post(BASE).then().statusCode(403);
        // refused before the body is even validated
        given().contentType(ContentType.JSON).body("{}").post(BASE).then().statusCode(401);
    }

    // ------------------------------------------------------------------------------------------- authenticators

    @Test
    void anAuthenticatorIsShownOnceAndOnlyItsHashIsStored() {
        long id = newCustomer();
        Response minted = asAdmin().body("{\"environment\":\"production\",\"label\":\"storefront\"}")
                .post(BASE + "/" + id + "/authenticators");
        minted.then().statusCode(201).header("Cache-Control", containsString("no-store"))
                .body("customerAuthenticator", matchesPattern(id + ",[0-9a-f]{32}"))
                .body("environment", equalTo("production")).body("label", equalTo("storefront"));
        String authenticator = minted.jsonPath().getString("customerAuthenticator");
        String authenticatorId = minted.jsonPath().getString("id");
        assertThat(minted.header("Location")).endsWith(BASE + "/" + id + "/authenticators/" + authenticatorId);
        assertThat(minted.jsonPath().getString("hint")).isEqualTo(authenticator.substring(authenticator.length() - 4));

        List<Map<String, Object>> stored = rows("select * from drm_customer_authenticator where customer_id = ?", id);
        assertThat(stored).hasSize(1);
        assertThat((byte[]) stored.get(0).get("sha256")).isEqualTo(AuthenticatorCheck.sha256(authenticator));
        String secretHex = authenticator.substring(authenticator.indexOf(',') + 1);
        assertThat(stored.get(0).values()).noneMatch(v -> v != null && String.valueOf(v).contains(secretHex));

        asAdmin().get(BASE + "/" + id + "/authenticators").then().statusCode(200)
                .body("id", equalTo(List.of(authenticatorId))).body("[0].hint", equalTo(secretHex.substring(28)))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("customerAuthenticator")))
                .body(not(containsString(secretHex)));

        // the hot path accepts it in production only
        Optional<Customer> customer = onVertx(() -> directory.find(id));
        assertThat(AuthenticatorCheck.check(authenticator, customer, Environment.PRODUCTION))
                .isInstanceOf(AuthenticatorCheck.Valid.class);
        assertThat(AuthenticatorCheck.check(authenticator, customer, Environment.TEST))
                .isInstanceOf(AuthenticatorCheck.WrongEnvironment.class);

        asAdmin().delete(BASE + "/" + id + "/authenticators/" + authenticatorId).then().statusCode(204);
        asAdmin().delete(BASE + "/" + id + "/authenticators/" + authenticatorId).then().statusCode(404);
        assertThat(AuthenticatorCheck.check(authenticator, onVertx(() -> directory.find(id)), Environment.PRODUCTION))
                .isInstanceOf(AuthenticatorCheck.Invalid.class);
        asAdmin().body("{\"environment\":\"test\"}").post(BASE + "/999999999999999/authenticators").then()
                .statusCode(404);
    }

    // --------------------------------------------------------------------------------- ExpressPlay credentials

    @Test
    void expressPlayCredentialsAreWriteOnlyAndSealedAtRest() {
        long id = createCustomer("{\"name\":\"Delegating\",\"backend\":\"expressplay\"}");
        String credential = "201722," + hex(16);
        asAdmin().body("{\"customerAuthenticator\":\"" + credential + "\"}")
                .put(BASE + "/" + id + "/expressplay-credentials/test").then().statusCode(200)
                .body("expressPlayCredentials.test", equalTo(true))
                .body("expressPlayCredentials.production", equalTo(false)).body(not(containsString(credential)));

        String sealed = (String) rows("select authenticator_enc from drm_expressplay_credential where customer_id = ?",
                id).get(0).get("authenticator_enc");
        assertThat(sealed).startsWith("v1:").doesNotContain(credential).doesNotContain(credential.substring(7));
        assertThat(onVertx(() -> directory.find(id)).orElseThrow().expressPlayAuthenticators())
                .isEqualTo(Map.of(Environment.TEST, credential));

        asAdmin().delete(BASE + "/" + id + "/expressplay-credentials/test").then().statusCode(200)
                .body("expressPlayCredentials.test", equalTo(false));
        assertThat(onVertx(() -> directory.find(id)).orElseThrow().expressPlayAuthenticators()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- content keys

    @Test
    void contentKeysAreStoredSealedListedWithoutTheKeyAndFoundByKid() {
        long id = newCustomer();
        String kid = hex(16);
        String key = hex(16);
        Response put = asAdmin().body("{\"key\":\"" + key + "\",\"resourceId\":\"REF30-movie\"}")
                .put(BASE + "/" + id + "/content-keys/" + kid.toUpperCase());
        put.then().statusCode(201).body("kid", equalTo(kid)).body("resourceId", equalTo("REF30-movie"))
                .body(not(containsString(key)));
        assertThat(put.header("Location")).endsWith("/content-keys/" + kid);
        asAdmin().body("{\"key\":\"" + key + "\"}").put(BASE + "/{id}/content-keys/{kid}", id, "^Movie 1").then()
                .statusCode(201).body("kid", equalTo("^Movie 1")).body("resourceId", nullValue());

        asAdmin().get(BASE + "/" + id + "/content-keys").then().statusCode(200)
                .body("kid", containsInAnyOrder(kid, "^Movie 1")).body(not(containsString(key)));
        asAdmin().get(BASE + "/" + id + "/content-keys/" + kid.toUpperCase()).then().statusCode(200)
                .body("kid", equalTo(kid));

        Map<String, Object> row = rows("select * from drm_content_key where customer_id = ? and kid = ?", id, kid)
                .get(0);
        assertThat((String) row.get("key_enc")).startsWith("v1:").doesNotContainIgnoringCase(key);

        ContentKey found = onVertx(() -> contentKeys.find(id, kid.toUpperCase())).orElseThrow();
        assertThat(HexFormat.of().formatHex(found.key())).isEqualTo(key);
        assertThat(found.resourceId()).hasValue("REF30-movie");
        assertThat(onVertx(() -> contentKeys.find(id, "^Movie 1"))).isPresent();

        // overwrite (200), then delete: this process's key store sees both at once
        String newKey = hex(16);
        asAdmin().body("{\"key\":\"" + newKey + "\"}").put(BASE + "/" + id + "/content-keys/" + kid).then()
                .statusCode(200).body("resourceId", nullValue());
        assertThat(HexFormat.of().formatHex(onVertx(() -> contentKeys.find(id, kid)).orElseThrow().key()))
                .isEqualTo(newKey);
        asAdmin().delete(BASE + "/" + id + "/content-keys/" + kid).then().statusCode(204);
        asAdmin().get(BASE + "/" + id + "/content-keys/" + kid).then().statusCode(404);
        asAdmin().delete(BASE + "/" + id + "/content-keys/" + kid).then().statusCode(404);
        assertThat(onVertx(() -> contentKeys.find(id, kid))).isEmpty();
    }

    @Test
    void aSealedValueCopiedToAnotherRowDoesNotOpen() {
        long id = newCustomer();
        String kidA = hex(16);
        String kidB = hex(16);
        asAdmin().body("{\"key\":\"" + hex(16) + "\"}").put(BASE + "/" + id + "/content-keys/" + kidA).then()
                .statusCode(201);
        asAdmin().body("{\"key\":\"" + hex(16) + "\"}").put(BASE + "/" + id + "/content-keys/" + kidB).then()
                .statusCode(201);
        update("update drm_content_key set key_enc = (select key_enc from drm_content_key where customer_id = ? and"
                + " kid = ?) where customer_id = ? and kid = ?", id, kidA, id, kidB);
        assertThat(onVertx(() -> contentKeys.find(id, kidA))).isPresent();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> onVertx(() -> contentKeys.find(id, kidB)))
                .hasStackTraceContaining("does not open");
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------- sealing keys

    @Test
    void sealingKeysAreCreatedOnDemandRotatedListedAndDeletedButNotTheCurrentOne() {
        long id = newCustomer();
        TokenSealingKey first = onVertx(() -> sealingKeys.current(id, Environment.PRODUCTION));
        assertThat(first.keyId()).isNotZero();
        assertThat(first.secret()).hasSize(32);
        assertThat(onVertx(() -> sealingKeys.current(id, Environment.PRODUCTION)).keyId()).isEqualTo(first.keyId());
        String firstHex = String.format("%08x", first.keyId());

        Response rotated = asAdmin().body("{\"environment\":\"production\"}").post(BASE + "/" + id + "/sealing-keys");
        rotated.then().statusCode(201).body("current", equalTo(true)).body("environment", equalTo("production"))
                .body("keyId", matchesPattern("[0-9a-f]{8}"));
        String secondHex = rotated.jsonPath().getString("keyId");
        assertThat(secondHex).isNotEqualTo(firstHex);

        // the rotation shows at once in this process: the new key seals, the old one still opens
        TokenSealingKey second = onVertx(() -> sealingKeys.current(id, Environment.PRODUCTION));
        assertThat(String.format("%08x", second.keyId())).isEqualTo(secondHex);
        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(onVertx(() -> sealingKeys.find(id, first.keyId())).orElseThrow().secret())
                .isEqualTo(first.secret());

        asAdmin().body("{\"environment\":\"test\"}").post(BASE + "/" + id + "/sealing-keys").then().statusCode(201);
        asAdmin().get(BASE + "/" + id + "/sealing-keys").then().statusCode(200)
                .body("findAll { it.environment == 'production' }.keyId", equalTo(List.of(secondHex, firstHex)))
                .body("findAll { it.environment == 'production' }.current", equalTo(List.of(true, false)))
                .body("findAll { it.environment == 'test' }.current", equalTo(List.of(true)));

        // secrets are sealed at rest
        for (Map<String, Object> row : rows("select key_id, secret_enc from drm_token_sealing_key where customer_id = ?",
                id)) {
            assertThat((String) row.get("secret_enc")).startsWith("v1:")
                    .doesNotContain(HexFormat.of().formatHex(first.secret()));
        }

        asAdmin().delete(BASE + "/" + id + "/sealing-keys/" + secondHex).then().statusCode(409)
                .body("error", equalTo("conflict"));
        asAdmin().delete(BASE + "/" + id + "/sealing-keys/" + firstHex).then().statusCode(204);
        asAdmin().delete(BASE + "/" + id + "/sealing-keys/" + firstHex).then().statusCode(404);
        assertThat(onVertx(() -> sealingKeys.find(id, first.keyId()))).isEmpty();
        asAdmin().body("{\"environment\":\"test\"}").post(BASE + "/999999999999998/sealing-keys").then()
                .statusCode(404);
    }

    // ----------------------------------------------------------------------------------------- directory cache

    @Test
    void theDirectorySeesAdminChangesAtOnceAndUnknownIdsAreAnsweredFromTheCache() {
        long id = createCustomer("{\"name\":\"Cached\",\"backend\":\"local\",\"drms\":[\"fp\"],"
                + "\"monthlyTokenLimit\":5}");
        Customer before = onVertx(() -> directory.find(id)).orElseThrow();
        assertThat(before.name()).isEqualTo("Cached");
        assertThat(before.backend()).isEqualTo(TokenBackend.LOCAL);
        assertThat(before.drms()).containsExactly(DrmSystem.FAIRPLAY);
        assertThat(before.monthlyTokenLimit()).hasValue(5);

        asAdmin().body("{\"name\":\"Renamed\",\"backend\":\"expressplay\",\"enabled\":false}").put(BASE + "/" + id)
                .then().statusCode(200);
        Customer after = onVertx(() -> directory.find(id)).orElseThrow();
        assertThat(after.name()).isEqualTo("Renamed");
        assertThat(after.enabled()).isFalse();
        assertThat(after.drms()).hasSize(3);
        assertThat(after.monthlyTokenLimit()).isEmpty();

        // a change behind the service's back is not seen while the entry is fresh (the cache is in use)
        update("update drm_customer set name = 'Sneaky' where id = ?", id);
        assertThat(onVertx(() -> directory.find(id)).orElseThrow().name()).isEqualTo("Renamed");

        asAdmin().delete(BASE + "/" + id).then().statusCode(204);
        assertThat(onVertx(() -> directory.find(id))).isEmpty();
        assertThat(onVertx(() -> directory.find(999_999_999_999_997L))).isEmpty();
    }
}
