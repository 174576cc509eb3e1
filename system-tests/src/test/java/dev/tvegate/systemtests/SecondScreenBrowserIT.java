package dev.tvegate.systemtests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dev.tvegate.systemtests.support.Browser;
import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import io.restassured.path.json.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The second-screen flow (cookbook step 3, option 2) in headless Chromium: the TV shows a code and polls; the viewer
 * opens the activation page on a phone, types the code, picks the TV provider, signs in there, lands on the success
 * page, and the TV finds the profile.
 */
@SystemTest
@Order(2)
class SecondScreenBrowserIT {

    /** The TV polls once a second (cookbook: "every few seconds"), for at most this long. */
    static final Duration POLL_LIMIT = Duration.ofSeconds(90);

    static Browser browser;

    @BeforeAll
    static void startBrowser(Suite suite) throws IOException {
        String missing = Browser.unavailableReason();
        if (missing != null) {
            if (System.getenv("CI") != null) {
                fail(missing);
            }
            assumeTrue(false, missing);
        }
        browser = Browser.start(buildDir(suite));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.writeJournal("SecondScreenBrowserIT");
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theTvIsSignedInWhileTheViewerActivatesOnAnotherScreen(Suite suite) throws Exception {
        Device tv = Device.tv(suite);
        JsonPath session = tv.createSession(null, null, null).then().statusCode(200).extract().jsonPath();
        String code = session.getString("code");
        assertThat(session.getString("actionName")).isEqualTo("resume");
        assertThat(session.getList("missingParameters", String.class)).contains("mvpd");
        browser.saw("TV shows code " + code + " (session without mvpd: " + session.getString("actionName") + "/"
                + session.getString("actionType") + ", missing " + session.getList("missingParameters") + ")");

        TvPoller poller = new TvPoller(tv, code);
        CompletableFuture<JsonPath> profile = CompletableFuture.supplyAsync(poller::run);
        try {
            // the viewer types the code as people do: lower case, with a dash
            browser.open(suite.authnUrl() + "/activate");
            browser.awaitHeading("Sign in to watch on your TV");
            browser.screenshot("1-activate");
            String typed = code.substring(0, 4).toLowerCase(Locale.ROOT) + "-"
                    + code.substring(4).toLowerCase(Locale.ROOT);
            browser.type(By.id("code"), typed);
            browser.click(By.xpath("//button[normalize-space(.)='Continue']"));

            browser.awaitHeading("Choose your TV provider");
            assertThat(browser.driver().findElement(By.tagName("legend")).getText()).contains(code);
            browser.screenshot("2-providers");
            browser.click(By.xpath("//button[@name='mvpd'][contains(normalize-space(.), 'Sandbox TV')]"));

            // the sandbox MVPD's own sign-in page
            browser.awaitHeading("Sign in to Sandbox TV");
            assertThat(browser.driver().getCurrentUrl()).startsWith(suite.sandboxUrl() + "/authorize");
            browser.screenshot("3-mvpd-sign-in");
            browser.type(By.id("username"), Suite.ALICE);
            browser.driver().findElement(By.id("password")).sendKeys(Suite.ALICE_PASSWORD);
            browser.saw("typed the password into input#password");
            browser.click(By.xpath("//button[normalize-space(.)='Sign in']"));

            browser.awaitHeading("You're signed in");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(suite.authnUrl() + "/activate/done");
            assertThat(browser.driver().getTitle()).startsWith("You're signed in");
            browser.screenshot("second-screen-success");
            long signedInAt = System.nanoTime();

            JsonPath found = profile.get(POLL_LIMIT.toSeconds() + 5, TimeUnit.SECONDS);
            String p = "profiles.'" + suite.tenant().sandboxMvpd() + "'.";
            assertThat(found.getString(p + "type")).isEqualTo("regular");
            assertThat(found.getString(p + "attributes.userID.value")).isEqualTo(Suite.ALICE_SUB);
            assertThat(found.getString(p + "attributes.householdID.value")).isEqualTo(Suite.ALICE_HOUSEHOLD);
            assertThat(poller.emptyPolls).as("the TV was polling before the viewer signed in").isPositive();
            long lagMillis = TimeUnit.NANOSECONDS.toMillis(poller.foundAtNanos - signedInAt);
            assertThat(lagMillis).as("the TV finds the profile within two polls of the sign-in").isLessThan(3_000);
            browser.saw("TV poll #" + poller.polls + " found the " + found.getString(p + "type") + " profile (userID "
                    + found.getString(p + "attributes.userID.value") + ") " + Math.max(0, lagMillis)
                    + " ms after the success page; " + poller.emptyPolls + " empty polls before");
        } finally {
            poller.stop.set(true);
        }
    }

    @Test
    @Order(2)
    void aWrongCodeIsExplainedOnThePage(Suite suite) throws IOException {
        browser.open(suite.authnUrl() + "/activate");
        browser.type(By.id("code"), "zzzz-zzzz");
        browser.click(By.xpath("//button[normalize-space(.)='Continue']"));
        browser.awaitAlert("That code is not valid or has expired. Check the code on your TV, or start again on the"
                + " TV to get a new one.");
        assertThat(browser.heading()).isEqualTo("Sign in to watch on your TV");
        assertThat(browser.driver().findElement(By.id("code")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElement(By.id("code")).getDomProperty("value")).isEqualTo("zzzz-zzzz");
        browser.screenshot("bad-code");

        browser.type(By.id("code"), "12");
        browser.click(By.xpath("//button[normalize-space(.)='Continue']"));
        browser.awaitAlert("That doesn't look like the code on your TV. Check it and try again.");
        assertThat(browser.heading()).isEqualTo("Sign in to watch on your TV");
    }

    private static Path buildDir(Suite suite) {
        return suite.workDir().getParent();
    }

    /** A TV polling {@code /profiles/code/{code}} once a second until a profile shows up (bounded). */
    static final class TvPoller {
        final Device tv;
        final String code;
        final AtomicBoolean stop = new AtomicBoolean();
        volatile int polls;
        volatile int emptyPolls;
        volatile long foundAtNanos;

        TvPoller(Device tv, String code) {
            this.tv = tv;
            this.code = code;
        }

        JsonPath run() {
            long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
            while (!stop.get() && System.nanoTime() < deadline) {
                polls++;
                JsonPath body = tv.profileByCode(code).then().statusCode(200).extract().jsonPath();
                Map<String, Object> profiles = body.getMap("profiles");
                if (profiles != null && !profiles.isEmpty()) {
                    foundAtNanos = System.nanoTime();
                    return body;
                }
                emptyPolls++;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            throw new AssertionError("the TV saw no profile for its code after " + polls + " polls");
        }
    }

    static List<String> journal() {
        return browser == null ? List.of() : browser.journal();
    }
}
