package dev.tvegate.systemtests;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import dev.tvegate.systemtests.support.UserAgent;
import dev.tvegate.systemtests.support.UserAgent.Page;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * REST API v2 on one screen (cookbook: the app opens the authentication URL in a web view): configuration → session →
 * {@code /api/v2/authenticate} → the MVPD's login form → callback → back to the app, which then finds the regular
 * profile; logout ends the MVPD session too.
 */
@SystemTest
@Order(1)
class FirstScreenFlowIT {

    @Test
    void aViewerSignsInThroughTheMvpdAndSignsOutAgain(Suite suite) {
        String sp = suite.tenant().serviceProvider();
        String mvpd = suite.tenant().sandboxMvpd();
        Device app = Device.tv(suite);

        // the app lists the TV providers
        JsonPath config = given().baseUri(suite.registrationUrl()).header("Authorization", app.client().bearer())
                .get("/api/v2/{sp}/configuration", sp).then().statusCode(200).extract().jsonPath();
        assertThat(config.getList("mvpds.id", String.class)).contains(mvpd, suite.tenant().tempPassMvpd());
        assertThat(config.getString("mvpds.find { it.id == '" + mvpd + "' }.displayName")).isEqualTo("Sandbox TV");

        // session: everything given, nobody signed in yet → authenticate in a user agent
        JsonPath session = app.createSession(mvpd, "localhost", suite.appReturnUrl())
                .then().statusCode(200).extract().jsonPath();
        String code = session.getString("code");
        assertThat(code).matches("[A-Z]{8}");
        assertThat(session.getString("actionName")).isEqualTo("authenticate");
        assertThat(session.getString("actionType")).isEqualTo("interactive");
        assertThat(session.getString("reasonType")).isEqualTo("none");
        assertThat(session.getString("url")).isEqualTo("/api/v2/authenticate/" + sp + "/" + code);
        assertThat(Long.parseLong(session.getString("notAfter")) - Long.parseLong(session.getString("notBefore")))
                .isEqualTo(30 * 60 * 1000L);
        assertThat(app.profileByCode(code).then().statusCode(200).extract().jsonPath().getMap("profiles")).isEmpty();

        // the web view: authn → the sandbox's login form
        UserAgent browser = new UserAgent();
        Page toMvpd = browser.get(suite.authnUrl() + session.getString("url"));
        assertThat(toMvpd.status()).isEqualTo(302);
        URI authorize = URI.create(toMvpd.location());
        assertThat(authorize.getScheme() + "://" + authorize.getAuthority() + authorize.getPath())
                .isEqualTo(suite.sandboxUrl() + "/authorize");
        Map<String, String> query = query(authorize);
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "tvegate")
                .containsEntry("redirect_uri", suite.authnUrl() + "/api/v2/authenticate/callback")
                .containsEntry("code_challenge_method", "S256").containsKeys("state", "nonce", "code_challenge");
        assertThat(query.get("scope")).startsWith("openid");

        Page loginForm = browser.follow(toMvpd);
        assertThat(loginForm.status()).isEqualTo(200);
        assertThat(loginForm.heading()).isEqualTo("Sign in to Sandbox TV");

        // alice signs in; the sandbox sends the browser back to authn, which sends it back to the app
        Page toCallback = browser.signInAtSandbox(loginForm, Suite.ALICE, Suite.ALICE_PASSWORD);
        assertThat(toCallback.status()).isEqualTo(302);
        assertThat(toCallback.location()).startsWith(suite.authnUrl() + "/api/v2/authenticate/callback?");
        Page toApp = browser.get(toCallback.location());
        assertThat(toApp.status()).as("callback answer: %s", toApp.text()).isEqualTo(302);
        assertThat(toApp.location()).isEqualTo(suite.appReturnUrl());
        Page landed = browser.follow(toApp);
        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.heading()).isEqualTo("You're signed in");
        System.out.println("[first-screen] " + String.join("\n[first-screen] ", browser.journal()));

        // the app polls with the code and finds a regular profile with alice's attributes
        JsonPath byCode = app.profileByCode(code).then().statusCode(200).extract().jsonPath();
        String p = "profiles.'" + mvpd + "'.";
        assertThat(byCode.getString(p + "type")).isEqualTo("regular");
        assertThat(byCode.getString(p + "issuer")).isEqualTo(mvpd);
        assertThat(byCode.getString(p + "attributes.userID.value")).isEqualTo(Suite.ALICE_SUB);
        assertThat(byCode.getString(p + "attributes.userID.state")).isEqualTo("plain");
        assertThat(byCode.getString(p + "attributes.householdID.value")).isEqualTo(Suite.ALICE_HOUSEHOLD);
        assertThat(byCode.getList(p + "attributes.entitlements.value", String.class)).contains("CNN", "ESPN");
        long notBefore = byCode.getLong(p + "notBefore");
        assertThat(byCode.getLong(p + "notAfter") - notBefore).as("the integration's AuthN TTL (1 day)")
                .isEqualTo(86_400_000L);
        assertThat(notBefore).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));

        JsonPath byMvpd = app.profile(mvpd).then().statusCode(200).extract().jsonPath();
        assertThat(byMvpd.getString(p + "attributes.userID.value")).isEqualTo(Suite.ALICE_SUB);
        assertThat(app.profiles().then().statusCode(200).extract().jsonPath().getMap("profiles"))
                .containsOnlyKeys(mvpd);

        // a new session for the same MVPD on this device needs no sign-in
        JsonPath again = app.createSession(mvpd, "localhost", suite.appReturnUrl())
                .then().statusCode(200).extract().jsonPath();
        assertThat(List.of(again.getString("actionName"), again.getString("actionType"),
                again.getString("reasonType"))).containsExactly("authorize", "direct", "authenticated");

        // logout: the profile is gone, and the app must open the MVPD's end-session URL
        Response logout = app.logout(mvpd, suite.appReturnUrl());
        JsonPath out = logout.then().statusCode(200).extract().jsonPath();
        String l = "logouts.'" + mvpd + "'.";
        assertThat(out.getString(l + "actionName")).isEqualTo("logout");
        assertThat(out.getString(l + "actionType")).isEqualTo("interactive");
        URI endSession = URI.create(out.getString(l + "url"));
        assertThat(endSession.getScheme() + "://" + endSession.getAuthority() + endSession.getPath())
                .isEqualTo(suite.sandboxUrl() + "/logout");
        assertThat(query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", suite.appReturnUrl());

        assertThat(app.profile(mvpd).then().statusCode(200).extract().jsonPath().getMap("profiles")).isEmpty();
        assertThat(app.profileByCode(code).then().statusCode(200).extract().jsonPath().getMap("profiles"))
                .isEmpty();

        // the MVPD ends its session and sends the browser back to the app
        Page signedOut = browser.get(endSession.toString());
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).isEqualTo(suite.appReturnUrl());

        // nothing left to log out
        assertThat(app.logout(mvpd, suite.appReturnUrl()).then().statusCode(200).extract().jsonPath()
                .getString(l + "actionName")).isEqualTo("invalid");
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return values;
        }
        Arrays.stream(uri.getRawQuery().split("&")).forEach(pair -> {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        });
        return values;
    }
}
