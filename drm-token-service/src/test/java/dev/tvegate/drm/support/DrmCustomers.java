package dev.tvegate.drm.support;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/** DRM customers provisioned through the admin API, as an operator would. */
public final class DrmCustomers {

    private static final String BASE = "/admin/v1/drm/customers";

    private DrmCustomers() {
    }

    /** A provisioned customer and the production authenticator minted for it. */
    public record Provisioned(long id, String authenticator) {
    }

    /** @param settings the customer JSON (name, backend, gateEnabled, requestors, monthlyTokenLimit, …) */
    public static Provisioned create(String settings) {
        long id = admin().body(settings).post(BASE).then().statusCode(201).extract().jsonPath().getLong("id");
        return new Provisioned(id, mintAuthenticator(id, "production"));
    }

    public static String mintAuthenticator(long id, String environment) {
        return admin().body("{\"environment\":\"" + environment + "\"}").post(BASE + "/" + id + "/authenticators")
                .then().statusCode(201).extract().jsonPath().getString("customerAuthenticator");
    }

    public static void putContentKey(long id, String kid, String keyHex, String resourceId) {
        admin().body("{\"key\":\"" + keyHex + "\""
                + (resourceId == null ? "" : ",\"resourceId\":\"" + resourceId + "\"") + "}")
                .put(BASE + "/" + id + "/content-keys/" + kid).then().statusCode(org.hamcrest.Matchers.anyOf(
                        org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }

    public static void update(long id, String settings) {
        admin().body(settings).put(BASE + "/" + id).then().statusCode(200);
    }

    public static void putExpressPlayCredential(long id, String environment, String credential) {
        admin().body("{\"customerAuthenticator\":\"" + credential + "\"}")
                .put(BASE + "/" + id + "/expressplay-credentials/" + environment).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().header("Authorization", TestTokens.adminBearer()).contentType(ContentType.JSON);
    }
}
