package dev.tvegate.authn.adapter.in.web;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.tvegate.authn.adapter.out.oidc.IdTokens;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.DeviceContext;
import dev.tvegate.authn.domain.service.Pkce;
import dev.tvegate.authn.support.BrowserFlow;
import dev.tvegate.authn.support.BrowserFlow.Device;
import dev.tvegate.authn.support.MvpdStub;
import dev.tvegate.authn.support.RegistrationStub;
import dev.tvegate.testsupport.Devices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;

/**
 * The v2 user-agent flow (spec §4.5) end to end: a TV app creates a session over REST, a browser opens
 * {@code /api/v2/authenticate/{sp}/{code}}, goes to the MVPD (WireMock, {@link MvpdStub}) and comes back to the
 * callback, the TV finds the profile by polling {@code /profiles/code/{code}}. Real Redis.
 */
@QuarkusTest
@QuarkusTestResource(value = RegistrationStub.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MvpdStub.class, restrictToAnnotatedClass = false)
class AuthenticateEndpointTest {

    private static final String REDIRECT = "https://login.tvegate.dev/tv/signed-in";

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    SessionStorePort sessionStore;

    @BeforeEach
    void stubs() {
        MvpdStub.stubProvider();
        MvpdStub.installConfiguration();
    }

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    /** A session whose browser was sent to the MVPD: its code and the authorization request's parameters. */
    private record Started(Device device, String code, Map<String, String> authorization) {
        String state() {
            return authorization.get("state");
        }

        String nonce() {
            return authorization.get("nonce");
        }
    }

    private static Started started() {
        Device device = Device.fresh();
        String code = device.createSession(MvpdStub.MVPD, MvpdStub.DOMAIN, REDIRECT);
        Response redirect = BrowserFlow.authenticate(code);
        assertThat(redirect.statusCode()).isEqualTo(302);
        return new Started(device, code, BrowserFlow.query(redirect.header("Location")));
    }

    /** The MVPD's token endpoint answers {@code authorizationCode} with this ID token. */
    private static void tokenEndpointIssues(String authorizationCode, String idToken) {
        MvpdStub.server().stubFor(post(urlEqualTo("/token"))
                .withRequestBody(containing("code=" + authorizationCode))
                .willReturn(okJson("{\"access_token\":\"at-" + authorizationCode + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":3600,\"id_token\":\"" + idToken + "\"}")));
    }

    private static Map<String, Object> aliceClaims(String nonce) {
        Map<String, Object> claims = IdTokens.claims(MvpdStub.issuer(), MvpdStub.CLIENT_ID, nonce, "u-alice-001");
        claims.put("name", "Alice Archer");
        claims.put("maxRating", "TV-MA");
        return claims;
    }

    private static void assertHtmlPage(Response page, int status, String text) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("X-Trace-Id")).isNotBlank();
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String body = page.body().asString();
        assertThat(body).contains("<html lang=\"en\">").contains(text).contains(page.header("X-Trace-Id"))
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void theBrowserIsSentToTheMvpdWithPkceS256StateNonceAndTheRegisteredRedirectUri() {
        Started s = started();

        assertThat(s.authorization())
                .containsEntry("response_type", "code")
                .containsEntry("client_id", MvpdStub.CLIENT_ID)
                .containsEntry("redirect_uri", "http://localhost:8082/api/v2/authenticate/callback")
                .containsEntry("scope", "openid profile")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(s.state()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(s.nonce()).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(s.state());
        assertThat(s.authorization().get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        Response again = BrowserFlow.authenticate(s.code());
        assertThat(again.header("Location")).startsWith(MvpdStub.issuer() + "/authorize?")
                .doesNotContain(s.state()).doesNotContain(s.nonce());
        assertThat(again.header("Referrer-Policy")).isEqualTo("no-referrer");
        // whatever the user agent accepts, the answer is the redirect
        assertThat(given().accept("application/json").redirects().follow(false).when()
                .get("/api/v2/authenticate/" + MvpdStub.SP + "/" + s.code()).statusCode()).isEqualTo(302);
    }

    @Test
    void afterSigningInTheBrowserLandsOnTheRedirectUrlAndTheTvFindsARegularProfile() {
        Started s = started();
        tokenEndpointIssues("ac-alice", IdTokens.sign(aliceClaims(s.nonce()), MvpdStub.KEY));

        Response back = BrowserFlow.callback(Map.of("code", "ac-alice", "state", s.state(), "iss", MvpdStub.issuer()));

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.header("Location")).isEqualTo(REDIRECT);
        // the code exchange proved possession of the PKCE verifier and authenticated the client (Basic)
        LoggedRequest exchange = MvpdStub.server().findAll(postRequestedFor(urlEqualTo("/token"))).get(0);
        Map<String, String> form = BrowserFlow.query("http://x/?" + exchange.getBodyAsString());
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("code", "ac-alice")
                .containsEntry("redirect_uri", "http://localhost:8082/api/v2/authenticate/callback");
        assertThat(Pkce.challengeS256(form.get("code_verifier"))).isEqualTo(s.authorization().get("code_challenge"));
        assertThat(exchange.getHeader("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((MvpdStub.CLIENT_ID + ":" + MvpdStub.CLIENT_SECRET).getBytes()));

        long now = System.currentTimeMillis();
        s.device().pollProfile(s.code()).then().statusCode(200)
                .body("profiles.SandboxTV.type", equalTo("regular"))
                .body("profiles.SandboxTV.issuer", equalTo(MvpdStub.MVPD))
                .body("profiles.SandboxTV.attributes.userID.value", equalTo("u-alice-001"))
                .body("profiles.SandboxTV.attributes.userID.state", equalTo("plain"))
                .body("profiles.SandboxTV.attributes.householdID.value", equalTo("hh-1"))
                .body("profiles.SandboxTV.attributes.maxRating.value", equalTo("TV-MA"))
                .body("profiles.SandboxTV.attributes.entitlements.value[0]", equalTo("REF30"))
                .body("profiles.SandboxTV.attributes", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("nonce")))
                .body("profiles.SandboxTV.notAfter", org.hamcrest.Matchers.greaterThan(
                        now + (MvpdStub.AUTHN_TTL_SECONDS - 60) * 1000));
        // the profile belongs to the TV's device: another device of the same app sees nothing
        Device other = Device.fresh();
        other.request().when().get("/api/v2/" + MvpdStub.SP + "/profiles/" + MvpdStub.MVPD)
                .then().statusCode(200).body("profiles", anEmptyMap());
        s.device().request().when().get("/api/v2/" + MvpdStub.SP + "/profiles/" + MvpdStub.MVPD)
                .then().statusCode(200).body("profiles.SandboxTV.attributes.userID.value", equalTo("u-alice-001"));
    }

    @Test
    void aReplayedCallbackIsRefusedWithAnHtmlPageAndTheCodeIsNotExchangedAgain() {
        Started s = started();
        tokenEndpointIssues("ac-replay", IdTokens.sign(aliceClaims(s.nonce()), MvpdStub.KEY));
        assertThat(BrowserFlow.callback(Map.of("code", "ac-replay", "state", s.state())).statusCode())
                .isEqualTo(302);

        Response replay = BrowserFlow.callback(Map.of("code", "ac-replay", "state", s.state()));

        assertHtmlPage(replay, 400, "This sign-in link was already used or has expired");
        MvpdStub.server().verify(1, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void anUnknownOrMissingStateIsRefusedAndStoresNothing() {
        Started s = started();
        assertHtmlPage(BrowserFlow.callback(Map.of("code", "ac-x", "state", "forged-" + UUID.randomUUID())), 400,
                "This sign-in link was already used or has expired");
        assertHtmlPage(BrowserFlow.callback(Map.of("code", "ac-x")), 400, "already used or has expired");
        MvpdStub.server().verify(0, postRequestedFor(urlEqualTo("/token")));
        s.device().pollProfile(s.code()).then().statusCode(200).body("profiles", anEmptyMap());
    }

    @Test
    void whenTheViewerCancelsAtTheMvpdThePageSaysSoAndOffersToTryAgain() {
        Started s = started();

        Response page = BrowserFlow.callback(Map.of("error", "access_denied", "error_description",
                "<script>alert('x')</script>", "state", s.state()));

        assertHtmlPage(page, 400, "Sign-in was cancelled");
        assertThat(page.body().asString()).doesNotContain("<script>")
                .contains("href=\"/api/v2/authenticate/" + MvpdStub.SP + "/" + s.code() + "\"");
        MvpdStub.server().verify(0, postRequestedFor(urlEqualTo("/token")));
        s.device().pollProfile(s.code()).then().statusCode(200).body("profiles", anEmptyMap());
    }

    @Test
    void anIdTokenWithABadSignatureIsRefusedAndNoProfileIsStored() {
        Started s = started();
        tokenEndpointIssues("ac-forged", IdTokens.sign(aliceClaims(s.nonce()), IdTokens.rsaKey("mvpd-key-1")));

        assertHtmlPage(BrowserFlow.callback(Map.of("code", "ac-forged", "state", s.state())), 502,
                "answer could not be accepted");
        s.device().pollProfile(s.code()).then().statusCode(200).body("profiles", anEmptyMap());
    }

    @Test
    void anIdTokenForAnotherLoginsNonceIsRefusedAndNoProfileIsStored() {
        Started s = started();
        tokenEndpointIssues("ac-nonce", IdTokens.sign(aliceClaims("nonce-of-another-login"), MvpdStub.KEY));

        assertHtmlPage(BrowserFlow.callback(Map.of("code", "ac-nonce", "state", s.state())), 502,
                "answer could not be accepted");
        s.device().pollProfile(s.code()).then().statusCode(200).body("profiles", anEmptyMap());
    }

    @Test
    void theMvpdRefusingTheCodeIsABadGatewayPageWithATryAgain() {
        Started s = started();
        MvpdStub.server().stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_grant\"}")));

        Response page = BrowserFlow.callback(Map.of("code", "ac-used", "state", s.state()));

        assertHtmlPage(page, 502, "could not be confirmed");
        assertThat(page.body().asString()).contains("Try again");
    }

    @Test
    void whenTheTokenEndpointIsDownTheBreakerOpensAndLaterAttemptsFailFastWithoutCallingIt() {
        MvpdStub.server().stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(503)));
        // %test: the breaker opens after 4 calls with at least half failed
        for (int i = 0; i < 4; i++) {
            Started s = started();
            Response page = BrowserFlow.callback(Map.of("code", "ac-down-" + i, "state", s.state()));
            assertHtmlPage(page, 503, "Your TV provider cannot be reached right now");
            assertThat(page.header("Retry-After")).isEqualTo("30");
        }
        MvpdStub.server().verify(4, postRequestedFor(urlEqualTo("/token")));

        Started s = started();
        long before = System.nanoTime();
        Response page = BrowserFlow.callback(Map.of("code", "ac-down-open", "state", s.state()));
        long millis = (System.nanoTime() - before) / 1_000_000;

        assertHtmlPage(page, 503, "Your TV provider cannot be reached right now");
        assertThat(millis).isLessThan(1_000);
        MvpdStub.server().verify(4, postRequestedFor(urlEqualTo("/token")));
        s.device().pollProfile(s.code()).then().statusCode(200).body("profiles", anEmptyMap());
    }

    @Test
    void anUnknownOrForeignCodeIsA400Page() {
        assertHtmlPage(BrowserFlow.authenticate("ZZZZZZZZ"), 400, "This sign-in link has expired");
        Device device = Device.fresh();
        String code = device.createSession(MvpdStub.MVPD, MvpdStub.DOMAIN, REDIRECT);
        Response foreign = given().redirects().follow(false).when()
                .get("/api/v2/authenticate/" + RegistrationStub.SP + "/" + code);
        assertHtmlPage(foreign, 400, "This sign-in link has expired");
    }

    @Test
    void aSessionWithoutMvpdCannotStartAndPointsToTheProviderPicker() {
        String code = Device.fresh().createSession(null, MvpdStub.DOMAIN, REDIRECT);
        Response page = BrowserFlow.authenticate(code);
        assertHtmlPage(page, 400, "Sign-in cannot start yet");
        assertThat(page.body().asString()).contains("href=\"/activate?code=" + code + "\"");
    }

    @Test
    void aTempPassSessionNeedsNoSignInAndGoesStraightToTheRedirectUrl() {
        // session create/resume answer TempPass with authorize/temporary and keep no session; one that names a
        // TempPass MVPD anyway (an older session, or an integration turned into TempPass) still needs no sign-in
        long now = System.currentTimeMillis();
        String code = "TMPPSSBB";
        sessionStore.save(new AuthenticationSession(code, UUID.randomUUID().toString(), MvpdStub.SP,
                MvpdStub.TEMPPASS, MvpdStub.DOMAIN, REDIRECT, new ClientContext(BrowserFlow.CLIENT_ID, "app"),
                new DeviceContext(Devices.newDeviceId(), null, null, null), now, now + 60_000),
                Duration.ofMinutes(1)).await().atMost(Duration.ofSeconds(5));

        Response redirect = BrowserFlow.authenticate(code);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo(REDIRECT);
        MvpdStub.server().verify(0, postRequestedFor(urlEqualTo("/token")));
    }

    @Test
    void aWrongMethodIsA405HtmlPage() {
        Response page = given().redirects().follow(false).when()
                .post("/api/v2/authenticate/" + MvpdStub.SP + "/BCDFGHJK");
        assertHtmlPage(page, 405, "cannot be used that way");
        assertThat(page.header("Allow")).contains("GET");
        assertHtmlPage(given().when().delete("/api/v2/authenticate/callback"), 405, "Error 405");
    }
}
