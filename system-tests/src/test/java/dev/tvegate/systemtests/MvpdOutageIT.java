package dev.tvegate.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import dev.tvegate.systemtests.support.UserAgent;
import dev.tvegate.systemtests.support.UserAgent.Page;
import io.restassured.http.ContentType;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MVPD's token endpoint goes down (sandbox fault injection: 503): the viewer gets a clear "cannot be reached"
 * page, authn's breaker {@code authn-mvpd-token} opens (later sign-ins fail at once without calling the MVPD, even
 * after it is back), and once the breaker's delay has passed "Try again" works. Runs last: the breaker is shared by
 * every OIDC MVPD. The suite starts authn with a 4-call window and a 3 s delay instead of 10 calls and 15 s.
 */
@SystemTest
@Order(99)
class MvpdOutageIT {

    static final String UNREACHABLE = "Your TV provider cannot be reached right now";

    private Suite suite;

    @AfterEach
    void clearFaults() {
        if (suite != null) {
            given().baseUri(suite.sandboxUrl()).delete("/_control/faults").then().statusCode(204);
        }
    }

    @Test
    void theViewerSeesAClearPageTheBreakerOpensAndSignInRecovers(Suite suite) throws Exception {
        this.suite = suite;
        given().baseUri(suite.sandboxUrl()).contentType(ContentType.JSON)
                .body("{\"failStatus\":503,\"failRate\":1.0,\"endpoints\":[\"token\"]}")
                .post("/_control/faults").then().statusCode(200);

        Device tv = Device.tv(suite);
        // sign-ins until the support reference on the page leads to a "circuit breaker open" log line
        List<String> outcomes = new ArrayList<>();
        Page page = null;
        for (int attempt = 1; attempt <= 8; attempt++) {
            page = new SignIn(suite, tv).toCallback().finish();
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.header("Retry-After")).contains("30");
            assertThat(page.heading()).isEqualTo(UNREACHABLE);
            assertThat(page.text()).contains("Please try again in a few minutes.");
            String logLine = logLineOf(suite, page);
            outcomes.add(logLine);
            if (logLine.contains("circuit breaker open")) {
                break;
            }
        }
        System.out.println("[outage] " + String.join("\n[outage] ", outcomes));
        assertThat(outcomes.getLast()).as("the breaker opened").contains("circuit breaker open");
        assertThat(outcomes.subList(0, outcomes.size() - 1)).as("the MVPD itself was called and failed first")
                .isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("circuit breaker open"));

        // the MVPD is back, but the open breaker still answers at once without calling it
        SignIn pending = new SignIn(suite, tv).toCallback();
        given().baseUri(suite.sandboxUrl()).delete("/_control/faults").then().statusCode(204);
        long t0 = System.nanoTime();
        Page stillOpen = pending.finish();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(stillOpen.status()).isEqualTo(503);
        assertThat(logLineOf(suite, stillOpen)).contains("circuit breaker open");
        System.out.println("[outage] MVPD healthy again, breaker still open: 503 in " + millis + " ms");

        // after the breaker's delay, "Try again" on the error page signs the viewer in
        String retry = stillOpen.body().replaceAll("(?s).*<a class=\"button\" href=\"([^\"]+)\">Try again</a>.*", "$1");
        assertThat(retry).startsWith("/api/v2/authenticate/");
        Thread.sleep(3_200);
        Page recovered = null;
        for (int i = 0; i < 10; i++) {
            Page form = pending.browser.follow(pending.browser.get(suite.authnUrl() + retry));
            Page callback = pending.browser.signInAtSandbox(form, Suite.ALICE, Suite.ALICE_PASSWORD);
            recovered = pending.browser.get(callback.location());
            if (recovered.status() == 302) {
                break;
            }
            Thread.sleep(1_000);
        }
        assertThat(recovered.status()).isEqualTo(302);
        assertThat(recovered.location()).isEqualTo(suite.appReturnUrl());
        assertThat(pending.tv.profileByCode(pending.code).then().statusCode(200).extract().jsonPath()
                .getString("profiles.'" + suite.tenant().sandboxMvpd() + "'.attributes.userID.value"))
                .isEqualTo(Suite.ALICE_SUB);
    }

    /** authn's WARN line for the page's support reference (the trace id shown on the page and in X-Trace-Id). */
    static String logLineOf(Suite suite, Page page) throws IOException, InterruptedException {
        String trace = page.header("X-Trace-Id").orElseThrow();
        assertThat(page.text()).contains(trace);
        for (int i = 0; i < 40; i++) {
            Optional<String> line = Files.readAllLines(suite.authnProcess().log(), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(trace)).findFirst();
            if (line.isPresent()) {
                return line.get().replaceFirst("^.*?\\(trace ", "(trace ");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no log line for trace " + trace);
    }

    /** A sign-in up to the MVPD's redirect back to authn. */
    static final class SignIn {
        final Suite suite;
        final Device tv;
        final UserAgent browser = new UserAgent();
        String code;
        String callback;

        SignIn(Suite suite, Device tv) {
            this.suite = suite;
            this.tv = tv;
        }

        SignIn toCallback() {
            code = tv.createSession(suite.tenant().sandboxMvpd(), "localhost", suite.appReturnUrl())
                    .then().statusCode(200).extract().path("code");
            Page form = browser.follow(browser.get(suite.authnUrl() + "/api/v2/authenticate/"
                    + suite.tenant().serviceProvider() + "/" + code));
            Page back = browser.signInAtSandbox(form, Suite.ALICE, Suite.ALICE_PASSWORD);
            assertThat(back.status()).isEqualTo(302);
            callback = back.location();
            return this;
        }

        Page finish() {
            return browser.get(callback);
        }
    }
}
