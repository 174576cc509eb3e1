package dev.tvegate.authn.support;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.tvegate.testsupport.Devices;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** The steps of the v2 user-agent flow as a TV app and a browser make them (redirects are not followed). */
public final class BrowserFlow {

    /** The TV app's client id at TVE Gate. */
    public static final String CLIENT_ID = "client-tv-login";

    private BrowserFlow() {
    }

    /** A device of the TV app: its own device id and IP. */
    public record Device(String id, String ip) {
        public static Device fresh() {
            return new Device(Devices.newDeviceId(), "192.0.2." + (1 + (int) (Math.random() * 250)));
        }

        public RequestSpecification request() {
            return given().header("Authorization", TestTokens.bearer(TestTokens.client(CLIENT_ID, MvpdStub.SP)))
                    .header("AP-Device-Identifier", Devices.identifier(id))
                    .header("X-Device-Info", Devices.tvInfo())
                    .header("X-Forwarded-For", ip);
        }

        /** @return the code of a new session with the given (possibly null) parameters */
        public String createSession(String mvpd, String domainName, String redirectUrl) {
            RequestSpecification r = request().contentType(ContentType.URLENC);
            if (mvpd != null) {
                r.formParam("mvpd", mvpd);
            }
            if (domainName != null) {
                r.formParam("domainName", domainName);
            }
            if (redirectUrl != null) {
                r.formParam("redirectUrl", redirectUrl);
            }
            return r.when().post("/api/v2/" + MvpdStub.SP + "/sessions").then().statusCode(200).extract()
                    .path("code");
        }

        /** @return {@code GET /profiles/code/{code}} as the TV polls it */
        public Response pollProfile(String code) {
            return request().when().get("/api/v2/" + MvpdStub.SP + "/profiles/code/" + code);
        }
    }

    /** @return the browser opening {@code /api/v2/authenticate/{sp}/{code}} */
    public static Response authenticate(String code) {
        return given().redirects().follow(false).when().get("/api/v2/authenticate/" + MvpdStub.SP + "/" + code);
    }

    /** @return the browser coming back from the MVPD */
    public static Response callback(Map<String, String> query) {
        RequestSpecification r = given().redirects().follow(false);
        query.forEach(r::queryParam);
        return r.when().get("/api/v2/authenticate/callback");
    }

    /** @return the decoded query parameters of {@code uri} */
    public static Map<String, String> query(String uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = URI.create(uri).getRawQuery();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
