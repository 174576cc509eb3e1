package dev.tvegate.authn.adapter.in.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.authn.adapter.out.oidc.IdTokens;
import dev.tvegate.authn.support.BrowserFlow;
import dev.tvegate.authn.support.BrowserFlow.Device;
import dev.tvegate.authn.support.MvpdStub;
import dev.tvegate.authn.support.RegistrationStub;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The activation page (second screen): type the TV's code, pick the TV provider, sign in, land on the success page
 * while the TV polls its profile. Browser behaviour is played with rest-assured (real-browser tests live in
 * system-tests).
 */
@QuarkusTest
@QuarkusTestResource(value = RegistrationStub.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = MvpdStub.class, restrictToAnnotatedClass = false)
class ActivationPageTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @BeforeEach
    void stubs() {
        MvpdStub.stubProvider();
        MvpdStub.installConfiguration();
    }

    /** A phone's browser: its IP and the page's CSRF cookie. */
    private static final class Phone {
        final String ip = "203.0.113." + (1 + (int) (Math.random() * 250));
        String csrf;

        Response open(String query) {
            Response page = given().header("X-Forwarded-For", ip).redirects().follow(false)
                    .when().get("/activate" + query);
            String cookie = page.getCookie("tvegate_csrf");
            if (cookie != null) {
                csrf = cookie;
            }
            return page;
        }

        Response post(String path, Map<String, String> form) {
            var request = given().header("X-Forwarded-For", ip).redirects().follow(false)
                    .contentType(ContentType.URLENC);
            if (csrf != null) {
                request.cookie("tvegate_csrf", csrf).formParam("csrf", csrf);
            }
            form.forEach(request::formParam);
            return request.when().post(path);
        }

        Response submitCode(String code) {
            return post("/activate", Map.of("code", code));
        }
    }

    private static String html(Response page, int status) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        return page.body().asString();
    }

    @Test
    void theFormIsAnAccessibleSelfContainedPageWithACsrfToken() {
        Phone phone = new Phone();
        Response page = phone.open("");
        String html = html(page, 200);

        assertThat(html).contains("<html lang=\"en\">")
                .contains("<label for=\"code\">")
                .contains("id=\"code\" name=\"code\"")
                .contains("autofocus")
                .contains("<meta name=\"viewport\"")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("@import");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(page.header("Set-Cookie")).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        Matcher field = CSRF_FIELD.matcher(html);
        assertThat(field.find()).isTrue();
        assertThat(field.group(1)).isEqualTo(phone.csrf).hasSize(43);
    }

    @Test
    void aWrongCodeShowsTheFormAgainWithAMessageForScreenReaders() {
        Phone phone = new Phone();
        phone.open("");

        String html = html(phone.submitCode("zzzz-zzzz"), 400);

        assertThat(html).contains("role=\"alert\"").contains("That code is not valid or has expired")
                .contains("aria-invalid=\"true\"").contains("value=\"zzzz-zzzz\"");
        assertThat(html(phone.submitCode("hello!"), 400)).contains("doesn&#39;t look like the code on your TV");
    }

    @Test
    void aValidCodeShowsTheServiceAndItsTvProvidersButNoTempPass() {
        String code = Device.fresh().createSession(null, null, null);
        Phone phone = new Phone();
        phone.open("");

        String html = html(phone.submitCode(code.toLowerCase().substring(0, 4) + " " + code.substring(4)), 200);

        assertThat(html).contains("Choose your TV provider").contains("Login Channel")
                .contains("name=\"mvpd\" value=\"SandboxTV\"").contains("Sandbox TV")
                .contains("<img src=\"" + MvpdStub.LOGO + "\" alt=\"\"")
                // names are escaped, and a logo URL that is not an image address is not rendered
                .contains("Other &lt;TV&gt; &amp; Co").doesNotContain("javascript:")
                .doesNotContain("Try it free").doesNotContain(MvpdStub.TEMPPASS)
                .contains("name=\"code\" value=\"" + code + "\"");
    }

    @Test
    void aLinkWithTheCodeShowsTheProvidersToo() {
        String code = Device.fresh().createSession(null, null, null);
        assertThat(html(new Phone().open("?code=" + code), 200)).contains("name=\"mvpd\" value=\"SandboxTV\"");
    }

    @Test
    void choosingAProviderGoesToItsSignInAndBackToTheSuccessPageWhileTheTvFindsItsProfile() {
        Device tv = Device.fresh();
        String code = tv.createSession(null, null, null);
        Phone phone = new Phone();
        phone.open("");
        html(phone.submitCode(code), 200);

        Response chosen = phone.post("/activate/provider", Map.of("code", code, "mvpd", MvpdStub.MVPD));

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.header("Location")).endsWith("/api/v2/authenticate/" + MvpdStub.SP + "/" + code);
        // the session now has what the page supplied: the SP's domain and the success page
        tv.request().when().get("/api/v2/" + MvpdStub.SP + "/sessions/" + code).then().statusCode(200)
                .body("existingParameters.mvpd", equalTo(MvpdStub.MVPD))
                .body("existingParameters.domainName", equalTo(MvpdStub.DOMAIN))
                .body("existingParameters.redirectUrl", equalTo("http://localhost:8082/activate/done"));

        Response toMvpd = BrowserFlow.authenticate(code);
        assertThat(toMvpd.statusCode()).isEqualTo(302);
        Map<String, String> authorization = BrowserFlow.query(toMvpd.header("Location"));
        MvpdStub.server().stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=ac-phone"))
                .willReturn(okJson("{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"id_token\":\""
                        + IdTokens.sign(IdTokens.claims(MvpdStub.issuer(), MvpdStub.CLIENT_ID,
                                authorization.get("nonce"), "u-bob-002"), MvpdStub.KEY)
                        + "\"}")));
        Response back = BrowserFlow.callback(Map.of("code", "ac-phone", "state", authorization.get("state")));
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.header("Location")).isEqualTo("http://localhost:8082/activate/done");

        assertThat(html(given().when().get("/activate/done"), 200)).contains("You're signed in")
                .contains("Return to your TV");
        tv.pollProfile(code).then().statusCode(200)
                .body("profiles.SandboxTV.attributes.userID.value", equalTo("u-bob-002"));
    }

    @Test
    void whenTheAppAlreadyChoseTheProviderTheCodeGoesStraightToTheSignIn() {
        String code = Device.fresh().createSession(MvpdStub.MVPD, null, null);
        Phone phone = new Phone();
        phone.open("");

        Response next = phone.submitCode(code);

        assertThat(next.statusCode()).isEqualTo(303);
        assertThat(next.header("Location")).endsWith("/api/v2/authenticate/" + MvpdStub.SP + "/" + code);
    }

    @Test
    void aPostWithoutTheCsrfTokenChangesNothing() {
        Device tv = Device.fresh();
        String code = tv.createSession(null, null, null);
        Phone attacker = new Phone();

        String html = html(attacker.post("/activate/provider", Map.of("code", code, "mvpd", MvpdStub.MVPD)), 400);

        assertThat(html).contains("This page had expired");
        tv.request().when().get("/api/v2/" + MvpdStub.SP + "/sessions/" + code).then().statusCode(200)
                .body("missingParameters", org.hamcrest.Matchers.hasItem("mvpd"));
        // a token from another browser does not help either
        Phone victim = new Phone();
        victim.open("");
        Response forged = given().header("X-Forwarded-For", attacker.ip).redirects().follow(false)
                .contentType(ContentType.URLENC).cookie("tvegate_csrf", "A".repeat(43))
                .formParam("csrf", victim.csrf).formParam("code", code).formParam("mvpd", MvpdStub.MVPD)
                .when().post("/activate/provider");
        assertThat(forged.statusCode()).isEqualTo(400);
    }

    @Test
    void guessingCodesIsCutOffAfterTenFailuresPerMinuteFromOneAddress() {
        Phone guesser = new Phone();
        guesser.open("");
        for (int i = 0; i < 10; i++) {
            html(guesser.submitCode("ZZZZZZZ" + "BCDFGHJKLM".charAt(i)), 400);
        }
        String code = Device.fresh().createSession(null, null, null);

        Response refused = guesser.submitCode(code);

        assertThat(html(refused, 429)).contains("Too many incorrect codes");
        assertThat(refused.header("Retry-After")).isEqualTo("60");
        // another address is not affected
        Phone other = new Phone();
        other.open("");
        html(other.submitCode(code), 200);
    }
}
