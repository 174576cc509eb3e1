package dev.tvegate.registration.support;

import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;

/**
 * Access tokens for tests, obtained from {@code POST /o/client/token} with the service clients the %test profile
 * provisions ({@code tvegate-admin} with scope {@code admin}, {@code tvegate-internal} with scope {@code internal}).
 */
public final class TestAuth {

    public static final String ADMIN_CLIENT_ID = "tvegate-admin";
    public static final String ADMIN_CLIENT_SECRET = "dev-admin-secret";
    public static final String INTERNAL_CLIENT_ID = "tvegate-internal";
    public static final String INTERNAL_CLIENT_SECRET = "dev-internal-secret";

    private TestAuth() {
    }

    /** @return a fresh access token with scope {@code admin} */
    public static String adminToken() {
        return token(ADMIN_CLIENT_ID, ADMIN_CLIENT_SECRET);
    }

    /** @return a fresh access token with scope {@code internal} (every service provider) */
    public static String internalToken() {
        return token(INTERNAL_CLIENT_ID, INTERNAL_CLIENT_SECRET);
    }

    /** @return a fresh access token for any client (service client or DCR client) */
    public static String token(String clientId, String clientSecret) {
        return given()
                .contentType(ContentType.URLENC)
                .formParam("client_id", clientId)
                .formParam("client_secret", clientSecret)
                .formParam("grant_type", "client_credentials")
                .when().post("/o/client/token")
                .then().statusCode(201)
                .extract().path("access_token");
    }

    /** @return the {@code Authorization} header value for a token */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
