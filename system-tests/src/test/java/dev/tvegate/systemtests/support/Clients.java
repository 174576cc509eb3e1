package dev.tvegate.systemtests.support;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

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

    /** {@code POST /o/client/token} with {@code grant_type=client_credentials}: the access token. */
    public static String token(String registrationUrl, String clientId, String clientSecret) {
        return given().baseUri(registrationUrl).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientSecret)
                .post("/o/client/token").then().statusCode(201).extract().path("access_token");
    }
}
