package dev.tvegate.systemtests.support;

import java.util.Map;
import java.util.function.Consumer;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Dynamic Client Registration and client-credentials tokens at registration-service (spec §1.2, §1.3). */
public final class Clients {

    private Clients() {
    }

    /** A DCR client: its credentials and a fresh access token. */
    public record DcrClient(String clientId, String clientSecret, String accessToken) {
        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    static DcrClient register(String registrationUrl, String softwareStatement) {
        Response client = given().baseUri(registrationUrl).contentType(ContentType.JSON)
                .body(Map.of("software_statement", softwareStatement))
                .post("/o/client/register").then().statusCode(201).extract().response();
        String id = client.path("client_id");
        String secret = client.path("client_secret");
        return new DcrClient(id, secret, token(registrationUrl, id, secret));
    }

    /** A JSON request to a service's admin API with an access token of scope {@code admin}. */
    static RequestSpecification admin(String baseUri, String adminToken) {
        return given().baseUri(baseUri).header("Authorization", "Bearer " + adminToken).contentType(ContentType.JSON);
    }

    /**
     * Provisions {@code resource} through an admin API; if that fails half-way, removes what was made and rethrows.
     *
     * @return the resource, created
     */
    static <T> T createOrUndo(T resource, Consumer<T> create, Consumer<T> remove) {
        try {
            create.accept(resource);
        } catch (RuntimeException | Error e) {
            remove.accept(resource);
            throw e;
        }
        return resource;
    }

    /** {@code POST /o/client/token} with {@code grant_type=client_credentials}: the access token. */
    public static String token(String registrationUrl, String clientId, String clientSecret) {
        return given().baseUri(registrationUrl).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientSecret)
                .post("/o/client/token").then().statusCode(201).extract().path("access_token");
    }
}
