package dev.tvegate.systemtests;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.mediatoken.MediaTokenStatus;
import dev.tvegate.kernel.mediatoken.MediaTokenVerification;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import dev.tvegate.systemtests.support.Clients;
import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole REST API v2 cookbook across the suite: DCR register → token → configuration → session → sign-in at the
 * MVPD → the app polls the profile by code → preauthorize a catalogue page (the sandbox's packages permit some
 * channels and deny one with its own message) → authorize → the media token verified offline with the kernel's
 * {@link MediaTokenVerifier} against authz's JWKS → logout → authorize answers {@code authenticated_profile_missing}
 * at once (authz's profile cache is dropped by authn's logout message).
 */
@SystemTest
@Order(6)
class CookbookV2IT {

    @Test
    void registerSignInAuthorizeVerifyTheMediaTokenAndSignOut(Suite suite) {
        String sp = suite.tenant().serviceProvider();
        String mvpd = suite.tenant().sandboxMvpd();

        // DCR: register with the software statement, then a client-credentials token (Device.tv does both)
        Device app = Device.tv(suite);
        Clients.DcrClient client = app.client();
        assertThat(client.clientId()).isNotBlank();
        assertThat(client.accessToken()).isNotBlank();

        // configuration lists the sandbox
        JsonPath config = given().baseUri(suite.registrationUrl()).header("Authorization", client.bearer())
                .get("/api/v2/{sp}/configuration", sp).then().statusCode(200).extract().jsonPath();
        assertThat(config.getList("mvpds.id", String.class)).contains(mvpd);

        // nobody signed in: authorize is a top-level authenticated_profile_missing
        app.decide("authorize", mvpd, "CNN").then().statusCode(403);
        assertThat(app.decide("authorize", mvpd, "CNN").jsonPath().getString("code"))
                .isEqualTo("authenticated_profile_missing");

        // session → web view → sandbox login (alice: packages basic + sports) → back in the app
        long t0 = System.nanoTime();
        String code = app.signIn(mvpd, Suite.ALICE, Suite.ALICE_PASSWORD);
        JsonPath byCode = app.profileByCode(code).then().statusCode(200).extract().jsonPath();
        assertThat(byCode.getString("profiles.'" + mvpd + "'.attributes.userID.value")).isEqualTo(Suite.ALICE_SUB);
        System.out.printf("[cookbook] signed in and profile found in %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        // preauthorize a catalogue page: CNN (basic), ESPN and REF40 (sports) permitted; HBO (premium) denied by
        // the MVPD with its own words; no media tokens
        JsonPath pre = app.decide("preauthorize", mvpd, "CNN", "ESPN", "REF40", "HBO")
                .then().statusCode(200).extract().jsonPath();
        assertThat(pre.getList("decisions.resource", String.class)).containsExactly("CNN", "ESPN", "REF40", "HBO");
        assertThat(pre.getList("decisions.authorized", Boolean.class)).containsExactly(true, true, true, false);
        assertThat(pre.getList("decisions.source", String.class)).containsOnly("mvpd");
        assertThat(pre.getString("decisions[0].serviceProvider")).isEqualTo(sp);
        assertThat(pre.getString("decisions[0].mvpd")).isEqualTo(mvpd);
        assertThat(pre.getList("decisions.token")).containsOnlyNulls();
        assertThat(pre.getString("decisions[3].error.code")).isEqualTo("preauthorization_denied_by_mvpd");
        assertThat(pre.getInt("decisions[3].error.status")).isEqualTo(403);
        assertThat(pre.getString("decisions[3].error.details"))
                .isEqualTo("Your subscription package does not include the \"HBO\" channel");

        // authorize: a permit with a media token for CNN; HBO is denied item-level (HTTP 200)
        JsonPath auth = app.decide("authorize", mvpd, "CNN").then().statusCode(200).extract().jsonPath();
        assertThat(auth.getBoolean("decisions[0].authorized")).isTrue();
        assertThat(auth.getString("decisions[0].source")).isEqualTo("mvpd");
        long notBefore = auth.getLong("decisions[0].token.notBefore");
        assertThat(auth.getLong("decisions[0].token.notAfter") - notBefore).isEqualTo(7 * 60 * 1000L);
        String serialized = auth.getString("decisions[0].token.serializedToken");
        JsonPath denied = app.decide("authorize", mvpd, "HBO").then().statusCode(200).extract().jsonPath();
        assertThat(denied.getBoolean("decisions[0].authorized")).isFalse();
        assertThat(denied.getString("decisions[0].error.code")).isEqualTo("authorization_denied_by_mvpd");
        assertThat(denied.getString("decisions[0].error.details")).contains("\"HBO\" channel");
        assertThat(denied.getString("decisions[0].token")).isNull();

        // the programmer's CDN verifies the media token offline against authz's published keys
        given().baseUri(suite.authzUrl()).get("/.well-known/media-token-jwks.json").then().statusCode(200);
        MediaTokenVerifier verifier = MediaTokenVerifier
                .fromJwksUrl(URI.create(suite.authzUrl() + "/.well-known/media-token-jwks.json")).forRequestor(sp);
        MediaTokenVerification valid = verifier.verify(serialized, "CNN");
        assertThat(valid.status()).isEqualTo(MediaTokenStatus.VALID_TOKEN);
        assertThat(valid.mvpdId()).isEqualTo(mvpd);
        assertThat(valid.requestor()).isEqualTo(sp);
        assertThat(valid.resourceId()).isEqualTo("CNN");
        assertThat(valid.userSessionGuid()).matches("[0-9a-f]{32}").isNotEqualTo(Suite.ALICE_SUB);
        assertThat(verifier.verify(serialized, "ESPN").status()).isEqualTo(MediaTokenStatus.INVALID_RESOURCE_ID);
        // every authorize signs a new token
        String again = app.decide("authorize", mvpd, "CNN").then().statusCode(200).extract()
                .path("decisions[0].token.serializedToken");
        assertThat(again).isNotEqualTo(serialized);
        assertThat(verifier.verify(again, "CNN").status()).isEqualTo(MediaTokenStatus.VALID_TOKEN);

        // logout; authz's cached profile is dropped by authn's logout message within a second
        app.logout(mvpd, suite.appReturnUrl()).then().statusCode(200);
        long loggedOut = System.nanoTime();
        Response after;
        do {
            after = app.decide("authorize", mvpd, "CNN");
        } while (after.statusCode() == 200 && System.nanoTime() - loggedOut < 3_000_000_000L && pause(50));
        long ms = (System.nanoTime() - loggedOut) / 1_000_000;
        System.out.printf("[cookbook] authorize refused %d ms after logout%n", ms);
        assertThat(after.statusCode()).isEqualTo(403);
        assertThat(after.jsonPath().getString("code")).isEqualTo("authenticated_profile_missing");
        assertThat(ms).as("profile cache invalidated by pub/sub").isLessThan(1_000);
        assertThat(List.of(after.jsonPath().getString("action"))).containsExactly("authentication");
    }

    static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }
}
