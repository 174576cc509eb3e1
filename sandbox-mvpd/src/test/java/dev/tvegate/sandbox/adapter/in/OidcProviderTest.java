package dev.tvegate.sandbox.adapter.in;

import java.util.List;
import java.util.Map;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import static dev.tvegate.sandbox.adapter.in.BrowserlessLogin.CLIENT;
import static dev.tvegate.sandbox.adapter.in.BrowserlessLogin.ISSUER;
import static dev.tvegate.sandbox.adapter.in.BrowserlessLogin.REDIRECT;
import static dev.tvegate.sandbox.adapter.in.BrowserlessLogin.SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The OpenID Connect provider over HTTP, as a relying party (TVE Gate's authn-service, Keycloak's peers) sees it. */
@QuarkusTest
class OidcProviderTest {

    private static JwtClaims verifyIdToken(String idToken, String audience) throws Exception {
        String jwks = given().get("/jwks").then().statusCode(200).extract().asString();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(ISSUER)
                .setExpectedAudience(audience)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .build()
                .processToClaims(idToken);
    }

    @Test
    void discoveryDescribesAStandardCodeFlowProvider() {
        given().get("/.well-known/openid-configuration").then()
                .statusCode(200)
                .contentType("application/json")
                .body("issuer", equalTo(ISSUER))
                .body("authorization_endpoint", equalTo(ISSUER + "/authorize"))
                .body("token_endpoint", equalTo(ISSUER + "/token"))
                .body("jwks_uri", equalTo(ISSUER + "/jwks"))
                .body("userinfo_endpoint", equalTo(ISSUER + "/userinfo"))
                .body("end_session_endpoint", equalTo(ISSUER + "/logout"))
                .body("response_types_supported", equalTo(List.of("code")))
                .body("subject_types_supported", equalTo(List.of("public")))
                .body("id_token_signing_alg_values_supported", equalTo(List.of("RS256")))
                .body("code_challenge_methods_supported", equalTo(List.of("S256")))
                .body("token_endpoint_auth_methods_supported",
                        equalTo(List.of("client_secret_basic", "client_secret_post")))
                .body("scopes_supported", hasItem("openid"))
                .body("claims_supported", hasItem("entitlements"))
                .body("claims_supported", hasItem("householdID"))
                .body("claims_supported", hasItem("maxRating"));
    }

    @Test
    void theFullCodeFlowYieldsAVerifiableIdTokenWithTheUsersAttributes() throws Exception {
        BrowserlessLogin flow = new BrowserlessLogin();
        Response page = flow.authorize();
        page.then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .body(containsString("Sign in to Sandbox TV"))
                .body(containsString("TVE Gate"))
                .body(containsString("<label for=\"username\">"))
                .body(containsString("<label for=\"password\">"))
                .body(containsString("autofocus"))
                .body(not(containsString("<script")))
                .body(not(containsString("http://localhost:8082")));

        Response redirect = BrowserlessLogin.submit(BrowserlessLogin.requestId(page), "alice", "alice123");
        assertThat(redirect.statusCode()).isEqualTo(302);
        Map<String, String> query = BrowserlessLogin.query(redirect.header("Location"));
        assertThat(query).containsEntry("state", flow.state).containsEntry("iss", ISSUER);
        assertThat(query.get("code")).hasSizeGreaterThanOrEqualTo(43);

        Response token = flow.redeem(query.get("code"));
        token.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(3600))
                .body("scope", equalTo("openid profile email"));
        String idToken = token.path("id_token");
        JwtClaims claims = verifyIdToken(idToken, CLIENT);
        assertThat(claims.getSubject()).isEqualTo("u-alice-001");
        assertThat(claims.getAudience()).containsExactly(CLIENT);
        assertThat(claims.getClaimValue("nonce")).isEqualTo(flow.nonce);
        assertThat(claims.getClaimValue("auth_time")).isNotNull();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(3600);
        assertThat(claims.getClaimValue("householdID")).isEqualTo("hh-1");
        assertThat(claims.getClaimValue("zip")).isEqualTo("10001");
        assertThat(claims.getClaimValue("name")).isEqualTo("Alice Archer");
        assertThat(claims.getClaimValue("email")).isEqualTo("alice@example.com");
        assertThat(claims.getClaimValue("maxRating")).isEqualTo("TV-MA");
        assertThat(claims.getStringListClaimValue("entitlements")).containsExactly("REF30", "CNN", "ESPN", "REF40");
        assertThat(new org.jose4j.jws.JsonWebSignature() {
            {
                setCompactSerialization(idToken);
            }
        }.getKeyIdHeaderValue()).isEqualTo(given().get("/jwks").path("keys[0].kid"));

        given().auth().oauth2(token.path("access_token")).get("/userinfo").then()
                .statusCode(200)
                .body("sub", equalTo("u-alice-001"))
                .body("householdID", equalTo("hh-1"))
                .body("entitlements", equalTo(List.of("REF30", "CNN", "ESPN", "REF40")));
    }

    @Test
    void clientSecretPostAuthenticatesToo() {
        BrowserlessLogin flow = new BrowserlessLogin();
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code")
                .formParam("code", flow.code("bob", "bob123"))
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", flow.verifier)
                .formParam("client_id", CLIENT)
                .formParam("client_secret", SECRET)
                .post("/token").then()
                .statusCode(200)
                .body("id_token", not(equalTo(null)));
    }

    @Test
    void theIdTokenIsForItsAudienceOnly() {
        BrowserlessLogin flow = new BrowserlessLogin();
        String idToken = flow.redeem(flow.code("bob", "bob123")).path("id_token");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifyIdToken(idToken, "other-app"))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void anAuthorizationRequestMayBeSentByPost() {
        BrowserlessLogin flow = new BrowserlessLogin();
        Response page = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("client_id", CLIENT)
                .formParam("redirect_uri", REDIRECT)
                .formParam("response_type", "code")
                .formParam("scope", "openid")
                .formParam("state", flow.state)
                .formParam("nonce", flow.nonce)
                .formParam("code_challenge", flow.challenge)
                .formParam("code_challenge_method", "S256")
                .post("/authorize");
        assertThat(page.statusCode()).isEqualTo(200);
        Response redirect = BrowserlessLogin.submit(BrowserlessLogin.requestId(page), "bob", "bob123");
        String code = BrowserlessLogin.query(redirect.header("Location")).get("code");
        flow.redeem(code).then().statusCode(200).body("scope", equalTo("openid"));
    }

    @Test
    void cancelGoesBackToTheClientWithAccessDenied() {
        BrowserlessLogin flow = new BrowserlessLogin();
        Response redirect = given().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("request_id", BrowserlessLogin.requestId(flow.authorize()))
                .formParam("cancel", "true")
                .post("/authorize");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(BrowserlessLogin.query(redirect.header("Location")))
                .containsEntry("error", "access_denied")
                .containsEntry("state", flow.state);
    }

    @Test
    void pagesEscapeWhatTheyReflect() {
        given().redirects().follow(false)
                .queryParam("client_id", "<script>alert(1)</script>")
                .queryParam("redirect_uri", REDIRECT)
                .get("/authorize").then()
                .statusCode(400)
                .body(not(containsString("<script>")))
                .body(containsString("&lt;script&gt;"));
        BrowserlessLogin flow = new BrowserlessLogin();
        BrowserlessLogin.submit(BrowserlessLogin.requestId(flow.authorize()), "\"><img src=x>", "pw").then()
                .statusCode(401)
                .body(not(containsString("<img src=x>")))
                .body(containsString("&quot;&gt;&lt;img src=x&gt;"));
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAClearMessage() {
        BrowserlessLogin flow = new BrowserlessLogin();
        String requestId = BrowserlessLogin.requestId(flow.authorize());
        BrowserlessLogin.submit(requestId, "bob", "wrong").then()
                .statusCode(401)
                .contentType(containsString("text/html"))
                .body(containsString("role=\"alert\""))
                .body(containsString("The username or password is incorrect."))
                .body(containsString("value=\"bob\""))
                .body(containsString("name=\"request_id\" value=\"" + requestId + "\""));
        BrowserlessLogin.submit(requestId, "nobody", "wrong").then().statusCode(401)
                .body(containsString("The username or password is incorrect."));
        Response ok = BrowserlessLogin.submit(requestId, "bob", "bob123");
        assertThat(ok.statusCode()).as("the same form still works").isEqualTo(302);
    }

    @Test
    void fiveFailuresLockTheUserEvenWithTheRightPassword() {
        BrowserlessLogin flow = new BrowserlessLogin();
        String requestId = BrowserlessLogin.requestId(flow.authorize());
        for (int i = 1; i <= 4; i++) {
            BrowserlessLogin.submit(requestId, "dave", "bad-" + i).then().statusCode(401);
        }
        BrowserlessLogin.submit(requestId, "dave", "bad-5").then().statusCode(429)
                .body(containsString("Too many failed sign-in attempts"));
        BrowserlessLogin.submit(requestId, "dave", "dave123").then().statusCode(429)
                .body(containsString("Try again in 15 minutes"));
    }

    @Test
    void anExpiredOrMadeUpFormIsRefused() {
        BrowserlessLogin.submit("made-up-request-id", "alice", "alice123").then()
                .statusCode(400)
                .body(containsString("This sign-in page has expired"));
    }

    @Test
    void plainPkceIsRefusedBackAtTheClient() {
        BrowserlessLogin flow = new BrowserlessLogin();
        Response response = given().redirects().follow(false)
                .queryParam("client_id", CLIENT)
                .queryParam("redirect_uri", REDIRECT)
                .queryParam("response_type", "code")
                .queryParam("scope", "openid")
                .queryParam("state", flow.state)
                .queryParam("nonce", flow.nonce)
                .queryParam("code_challenge", flow.verifier)
                .queryParam("code_challenge_method", "plain")
                .get("/authorize");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).startsWith(REDIRECT + "?");
        assertThat(BrowserlessLogin.query(response.header("Location")))
                .containsEntry("error", "invalid_request")
                .containsEntry("state", flow.state)
                .containsKey("error_description");
    }

    @Test
    void aBadRedirectUriOrClientIsShownNeverRedirected() {
        BrowserlessLogin flow = new BrowserlessLogin();
        for (Map<String, String> bad : List.of(
                Map.of("client_id", CLIENT, "redirect_uri", "https://evil.example/cb"),
                Map.of("client_id", CLIENT, "redirect_uri", REDIRECT + "/extra"),
                Map.of("client_id", "unknown-client", "redirect_uri", REDIRECT),
                Map.of("client_id", "other-app", "redirect_uri", REDIRECT))) {
            given().redirects().follow(false)
                    .queryParams(bad)
                    .queryParam("response_type", "code")
                    .queryParam("scope", "openid")
                    .queryParam("state", flow.state)
                    .queryParam("nonce", flow.nonce)
                    .queryParam("code_challenge", flow.challenge)
                    .queryParam("code_challenge_method", "S256")
                    .get("/authorize").then()
                    .statusCode(400)
                    .header("Location", equalTo(null))
                    .contentType(containsString("text/html"))
                    .body(containsString("cannot be accepted"));
        }
    }

    @Test
    void aWrongVerifierIsInvalidGrant() {
        BrowserlessLogin flow = new BrowserlessLogin();
        String code = flow.code("alice", "alice123");
        given().auth().preemptive().basic(CLIENT, SECRET)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code")
                .formParam("code", code)
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", new BrowserlessLogin().verifier)
                .post("/token").then()
                .statusCode(400)
                .header("Cache-Control", "no-store")
                .body("error", equalTo("invalid_grant"));
    }

    @Test
    void aReplayedCodeIsRefusedAndItsAccessTokenRevoked() {
        BrowserlessLogin flow = new BrowserlessLogin();
        String code = flow.code("alice", "alice123");
        String accessToken = flow.redeem(code).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(accessToken).get("/userinfo").then().statusCode(200);
        flow.redeem(code).then().statusCode(400)
                .body("error", equalTo("invalid_grant"))
                .body("error_description", containsString("already been used"));
        given().auth().oauth2(accessToken).get("/userinfo").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"));
    }

    @Test
    void aRedirectMismatchIsInvalidGrant() {
        BrowserlessLogin flow = new BrowserlessLogin();
        given().auth().preemptive().basic(CLIENT, SECRET)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code")
                .formParam("code", flow.code("alice", "alice123"))
                .formParam("redirect_uri", "http://127.0.0.1:8082/api/v2/authenticate/callback")
                .formParam("code_verifier", flow.verifier)
                .post("/token").then()
                .statusCode(400)
                .body("error", equalTo("invalid_grant"));
    }

    @Test
    void clientAuthenticationFailuresAreInvalidClient401() {
        BrowserlessLogin flow = new BrowserlessLogin();
        String code = flow.code("alice", "alice123");
        given().auth().preemptive().basic(CLIENT, "wrong-secret")
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .post("/token").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("error", equalTo("invalid_client"));
        given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .post("/token").then()
                .statusCode(401)
                .body("error", equalTo("invalid_client"));
        given().auth().preemptive().basic("other-app", "other-secret")
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code").formParam("code", code)
                .formParam("redirect_uri", REDIRECT).formParam("code_verifier", flow.verifier)
                .post("/token").then()
                .statusCode(400)
                .body("error", equalTo("invalid_grant"));
        given().auth().preemptive().basic(CLIENT, SECRET)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .post("/token").then()
                .statusCode(400)
                .body("error", equalTo("unsupported_grant_type"));
        given().auth().preemptive().basic(CLIENT, SECRET)
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "authorization_code")
                .post("/token").then()
                .statusCode(400)
                .body("error", equalTo("invalid_request"));
    }

    @Test
    void userinfoNeedsAValidBearerToken() {
        given().get("/userinfo").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"));
        given().auth().oauth2("not-a-token").get("/userinfo").then().statusCode(401)
                .body("error", equalTo("invalid_token"));
        BrowserlessLogin flow = new BrowserlessLogin();
        String accessToken = flow.redeem(flow.code("carol", "carol123")).path("access_token");
        given().contentType("application/x-www-form-urlencoded").formParam("access_token", accessToken)
                .post("/userinfo").then().statusCode(200)
                .body("sub", equalTo("u-carol-003"))
                .body("entitlements", hasItem("HBO"));
    }

    @Test
    void logoutFollowsOnlyRegisteredRedirectsAndEchoesState() {
        BrowserlessLogin flow = new BrowserlessLogin();
        Response token = flow.redeem(flow.code("alice", "alice123"));
        String idToken = token.path("id_token");
        String accessToken = token.path("access_token");
        String bye = "http://localhost:8082/api/v2/logout/callback";

        Response redirect = given().redirects().follow(false)
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", bye)
                .queryParam("state", "bye-1")
                .get("/logout");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo(bye + "?state=bye-1");
        given().auth().oauth2(accessToken).get("/userinfo").then().statusCode(401);

        given().redirects().follow(false)
                .queryParam("client_id", CLIENT)
                .queryParam("post_logout_redirect_uri", "https://evil.example/")
                .get("/logout").then()
                .statusCode(400)
                .header("Location", equalTo(null))
                .body(containsString("not registered"));
        given().redirects().follow(false)
                .queryParam("post_logout_redirect_uri", bye)
                .get("/logout").then()
                .statusCode(400)
                .header("Location", equalTo(null));
        given().redirects().follow(false)
                .queryParam("id_token_hint", idToken + "x")
                .get("/logout").then()
                .statusCode(400);
        given().get("/logout").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("You are signed out"));
    }
}
