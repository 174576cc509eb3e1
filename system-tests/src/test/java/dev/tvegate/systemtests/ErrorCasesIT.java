package dev.tvegate.systemtests;

import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.LocalInfra;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import dev.tvegate.systemtests.support.UserAgent;
import dev.tvegate.systemtests.support.UserAgent.Page;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes wrong, end to end, and what the viewer or the app sees: codes that never existed or expired, a replayed
 * MVPD callback, a cancelled sign-in, an unknown MVPD and a foreign domain.
 */
@SystemTest
@Order(3)
class ErrorCasesIT {

    /** A well-formed code (RFC 8628 consonants) that no session has. */
    static final String NEVER_ISSUED = "ZZZZZZZZ";

    @Test
    void aCodeThatNeverExistedIsRefusedByTheBrowserPagesAndTheApi(Suite suite) {
        Device tv = Device.tv(suite);
        String sp = suite.tenant().serviceProvider();
        UserAgent browser = new UserAgent();

        Page signIn = browser.get(suite.authnUrl() + "/api/v2/authenticate/" + sp + "/" + NEVER_ISSUED);
        assertThat(signIn.status()).isEqualTo(400);
        assertThat(signIn.header("Content-Type").orElse("")).startsWith("text/html");
        assertThat(signIn.heading()).isEqualTo("This sign-in link has expired");
        assertThat(signIn.text()).contains("Start again on your TV or in the app to get a new code.");

        Page activation = browser.get(suite.authnUrl() + "/activate?code=" + NEVER_ISSUED);
        assertThat(activation.status()).isEqualTo(400);
        assertThat(activation.text()).contains("That code is not valid or has expired.");

        eec(tv.authn().get("/api/v2/{sp}/sessions/{code}", sp, NEVER_ISSUED), 400, "invalid_authentication_session");
        eec(tv.profileByCode(NEVER_ISSUED), 400, "invalid_authentication_session");
        eec(tv.authn().get("/api/v2/{sp}/sessions/{code}", sp, "not-a-code!"), 400, "invalid_parameter_code");
    }

    @Test
    void anExpiredCodeIsRefusedAndTheTvIsToldToStartAgain(Suite suite) {
        Device tv = Device.tv(suite);
        String sp = suite.tenant().serviceProvider();
        String code = tv.createSession(suite.tenant().sandboxMvpd(), "localhost", suite.appReturnUrl())
                .then().statusCode(200).extract().path("code");
        tv.authn().get("/api/v2/{sp}/sessions/{code}", sp, code).then().statusCode(200);
        assertThat(tv.profileByCode(code).then().statusCode(200).extract().jsonPath().getMap("profiles")).isEmpty();

        // the 30-minute TTL runs out (Redis expires the key: the same path as a real expiry, 30 minutes sooner)
        expireSession(code);

        Page signIn = new UserAgent().get(suite.authnUrl() + "/api/v2/authenticate/" + sp + "/" + code);
        assertThat(signIn.status()).isEqualTo(400);
        assertThat(signIn.heading()).isEqualTo("This sign-in link has expired");
        Page activation = new UserAgent().get(suite.authnUrl() + "/activate?code=" + code.toLowerCase());
        assertThat(activation.status()).isEqualTo(400);
        assertThat(activation.text()).contains("That code is not valid or has expired.");
        eec(tv.authn().get("/api/v2/{sp}/sessions/{code}", sp, code), 400, "invalid_authentication_session");
        // the polling TV learns that its code is dead and must start again
        eec(tv.profileByCode(code), 400, "invalid_authentication_session");
    }

    @Test
    void aReplayedCallbackShowsAnErrorPageAndStoresNothingMore(Suite suite) {
        Device tv = Device.tv(suite);
        String mvpd = suite.tenant().sandboxMvpd();
        String code = tv.createSession(mvpd, "localhost", suite.appReturnUrl())
                .then().statusCode(200).extract().path("code");
        UserAgent browser = new UserAgent();
        Page form = browser.follow(browser.get(suite.authnUrl() + "/api/v2/authenticate/"
                + suite.tenant().serviceProvider() + "/" + code));
        String callback = browser.signInAtSandbox(form, Suite.ALICE, Suite.ALICE_PASSWORD).location();

        Page first = browser.get(callback);
        assertThat(first.status()).isEqualTo(302);
        assertThat(first.location()).isEqualTo(suite.appReturnUrl());
        assertThat(tv.profile(mvpd).then().statusCode(200).extract().jsonPath().getMap("profiles")).containsKey(mvpd);
        tv.logout(mvpd, suite.appReturnUrl()).then().statusCode(200);

        // the same callback URL again (browser history, a copied link, an attacker): refused, nothing stored
        Page replay = new UserAgent().get(callback);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.header("Content-Type").orElse("")).startsWith("text/html");
        assertThat(replay.heading()).isEqualTo("This sign-in link was already used or has expired");
        assertThat(replay.text()).contains("each sign-in link works only once");
        assertThat(tv.profile(mvpd).then().statusCode(200).extract().jsonPath().getMap("profiles")).isEmpty();
    }

    @Test
    void aSignInCancelledAtTheMvpdSaysSo(Suite suite) {
        Device tv = Device.tv(suite);
        String code = tv.createSession(suite.tenant().sandboxMvpd(), "localhost", suite.appReturnUrl())
                .then().statusCode(200).extract().path("code");
        UserAgent browser = new UserAgent();
        Page form = browser.follow(browser.get(suite.authnUrl() + "/api/v2/authenticate/"
                + suite.tenant().serviceProvider() + "/" + code));
        Page cancelled = browser.post(form.uri().resolve("authorize").toString(),
                Map.of("request_id", form.hiddenField("request_id"), "cancel", "true"));
        assertThat(cancelled.status()).isEqualTo(302);
        Page page = browser.get(cancelled.location());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.heading()).isEqualTo("Sign-in was cancelled");
        assertThat(tv.profileByCode(code).then().statusCode(200).extract().jsonPath().getMap("profiles")).isEmpty();
    }

    @Test
    void anUnknownMvpdIsRefusedWithAnEnhancedErrorCode(Suite suite) {
        Device tv = Device.tv(suite);
        JsonPath error = eec(tv.createSession("NoSuchMvpd", "localhost", suite.appReturnUrl()), 400,
                "invalid_parameter_mvpd");
        assertThat(error.getString("message")).isNotBlank();
        // an MVPD of the catalogue without an integration with this service provider is just as unknown here
        eec(tv.createSession("Sandbox_" + suite.runId() + "x", "localhost", suite.appReturnUrl()), 400,
                "invalid_parameter_mvpd");
    }

    @Test
    void aDomainOfAnotherServiceIsRefusedWithAnEnhancedErrorCode(Suite suite) {
        Device tv = Device.tv(suite);
        JsonPath error = eec(tv.createSession(suite.tenant().sandboxMvpd(), "evil.example", suite.appReturnUrl()),
                400, "invalid_parameter_service_provider");
        assertThat(error.getString("details")).contains("evil.example");
        // the service provider's other domain is fine
        tv.createSession(suite.tenant().sandboxMvpd(), suite.tenant().domains().get(1), suite.appReturnUrl())
                .then().statusCode(200);
    }

    /** Asserts an Enhanced Error Code answer (spec §5) and that its trace id is also in {@code X-Trace-Id}. */
    static JsonPath eec(Response response, int status, String code) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        JsonPath body = response.jsonPath();
        assertThat(body.getInt("status")).isEqualTo(status);
        assertThat(body.getString("code")).isEqualTo(code);
        assertThat(body.getString("trace")).isNotBlank().isEqualTo(response.header("X-Trace-Id"));
        return body;
    }

    /** Lets Redis expire the session key now. */
    static void expireSession(String code) {
        String key = "authn:session:" + code;
        assertThat(LocalInfra.redis(Suite.AUTHN_REDIS_DB, "PEXPIRE", key, "1")).isEqualTo(":1");
        for (int i = 0; i < 50 && !":0".equals(LocalInfra.redis(Suite.AUTHN_REDIS_DB, "EXISTS", key)); i++) {
            sleep(20);
        }
        assertThat(LocalInfra.redis(Suite.AUTHN_REDIS_DB, "EXISTS", key)).isEqualTo(":0");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
