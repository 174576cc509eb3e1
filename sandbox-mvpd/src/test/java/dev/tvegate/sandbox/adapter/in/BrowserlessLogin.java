package dev.tvegate.sandbox.adapter.in;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tvegate.sandbox.domain.service.Pkce;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Drives the authorization endpoint over HTTP the way a browser would: GET the form, POST it, read the redirect. */
final class BrowserlessLogin {

    static final String CLIENT = "tvegate";
    static final String SECRET = "sandbox-secret";
    static final String REDIRECT = "http://localhost:8082/api/v2/authenticate/callback";
    static final String ISSUER = "http://localhost:8090";

    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request_id\" value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    final String verifier;
    final String challenge;
    final String state;
    final String nonce;

    BrowserlessLogin() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        challenge = Pkce.s256(verifier);
        state = "state-" + RANDOM.nextInt(1_000_000);
        nonce = "nonce-" + RANDOM.nextInt(1_000_000);
    }

    /** @return the login page response for a standard request */
    Response authorize() {
        return given().redirects().follow(false)
                .queryParam("client_id", CLIENT)
                .queryParam("redirect_uri", REDIRECT)
                .queryParam("response_type", "code")
                .queryParam("scope", "openid profile email")
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .get("/authorize");
    }

    /** @return the pending-request id of a login page */
    static String requestId(Response page) {
        Matcher matcher = REQUEST_ID.matcher(page.asString());
        assertThat(matcher.find()).as("login form with a request_id").isTrue();
        return matcher.group(1);
    }

    /** @return the response to posting the login form */
    static Response submit(String requestId, String username, String password) {
        return given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("request_id", requestId)
                .formParam("username", username)
                .formParam("password", password)
                .post("/authorize");
    }

    /** @return the code after a successful login as {@code username} */
    String code(String username, String password) {
        Response page = authorize();
        assertThat(page.statusCode()).isEqualTo(200);
        Response redirect = submit(requestId(page), username, password);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.header("Location");
        assertThat(location).startsWith(REDIRECT + "?");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("state", state).containsEntry("iss", ISSUER);
        return query.get("code");
    }

    /** @return the token endpoint's response for {@code code} with this flow's verifier, client_secret_basic */
    Response redeem(String code) {
        return given().auth().preemptive().basic(CLIENT, SECRET)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code")
                .formParam("code", code)
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", verifier)
                .post("/token");
    }

    static Map<String, String> query(String location) {
        Map<String, String> query = new HashMap<>();
        String raw = URI.create(location).getRawQuery();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return query;
    }
}
