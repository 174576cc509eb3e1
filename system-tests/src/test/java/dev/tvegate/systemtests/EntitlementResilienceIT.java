package dev.tvegate.systemtests;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.tvegate.systemtests.support.Device;
import dev.tvegate.systemtests.support.Suite;
import dev.tvegate.systemtests.support.SystemTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * authz when the MVPD's entitlement endpoint misbehaves (sandbox {@code /_control/faults}): slow → every check is cut
 * off at authz's timeout (item-level {@code network_connection_timeout}, never a hang, never a permit); failing (503)
 * → {@code network_received_error}; the MVPD's breaker opens (4-call window in the suite) and answers at once —
 * the integration that opts in ({@code AuthZAll} + {@code degradationOnBreakerOpen}) keeps viewers watching with
 * {@code source: degradation}; healed → back to the MVPD's own decisions after the breaker delay (3 s here).
 * Each call asks for a new MRSS item of the CNN channel, so the decision cache never answers for the MVPD.
 */
@SystemTest
@Order(98)
class EntitlementResilienceIT {

    private static final AtomicInteger ITEM = new AtomicInteger();

    /** Slowest acceptable answer: every attempt cut off at the timeout, one retry after its delay, plus a margin. */
    private static final long MAX_MS = (Suite.AUTHZ_MVPD_MAX_RETRIES + 1) * Suite.AUTHZ_MVPD_TIMEOUT_MS
            + Suite.AUTHZ_MVPD_RETRY_DELAY_MS + 1_000;

    private Suite suite;

    @AfterEach
    void heal() {
        if (suite != null) {
            given().baseUri(suite.sandboxUrl()).delete("/_control/faults").then().statusCode(204);
        }
    }

    @Test
    void slowThenFailingMvpdIsCutOffTheBreakerOpensDegradesAndRecovers(Suite suite) {
        this.suite = suite;
        String plain = suite.tenant().sandboxMvpd();
        String degradable = suite.tenant().degradedMvpd();
        Device app = Device.tv(suite);
        app.signIn(plain, Suite.ALICE, Suite.ALICE_PASSWORD);
        app.signIn(degradable, Suite.ALICE, Suite.ALICE_PASSWORD);

        // healthy: the MVPD decides
        assertThat(decide(app, plain).getString("decisions[0].source")).isEqualTo("mvpd");
        JsonPath healthy = decide(app, degradable);
        assertThat(healthy.getBoolean("decisions[0].authorized")).isTrue();
        assertThat(healthy.getString("decisions[0].source")).isEqualTo("mvpd");

        // slow: the sandbox answers after 3 s, authz gives up after its timeout (one retry)
        faults(Map.of("delayMs", 3_000, "endpoints", java.util.List.of("entitlements")));
        for (String mvpd : java.util.List.of(plain, degradable)) {
            long t0 = System.nanoTime();
            JsonPath slow = decide(app, mvpd);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[resilience] %s slow MVPD: %s in %d ms%n", mvpd, slow.getString("decisions[0].error.code"),
                    ms);
            assertThat(slow.getBoolean("decisions[0].authorized")).isFalse();
            assertThat(slow.getString("decisions[0].error.code")).isEqualTo("network_connection_timeout");
            assertThat(slow.getString("decisions[0].error.action")).isEqualTo("retry");
            assertThat(ms).as("never past the timeout").isLessThan(MAX_MS);
        }

        // failing: 503 → network_received_error until the breaker opens (4 failed attempts), then fast answers
        faults(Map.of("failStatus", 503, "endpoints", java.util.List.of("entitlements")));
        JsonPath plainOpen = untilPaused(app, plain);
        long openedAt = System.nanoTime();
        assertThat(plainOpen.getBoolean("decisions[0].authorized")).as("never a permit").isFalse();
        assertThat(plainOpen.getString("decisions[0].error.code")).isEqualTo("network_received_error");
        JsonPath degraded = untilDegraded(app, degradable);
        assertThat(degraded.getBoolean("decisions[0].authorized")).isTrue();
        assertThat(degraded.getString("decisions[0].token.serializedToken")).isNotBlank();

        // open breaker: answers at once
        for (String mvpd : java.util.List.of(plain, degradable)) {
            long t0 = System.nanoTime();
            decide(app, mvpd);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[resilience] %s with the breaker open answered in %d ms%n", mvpd, ms);
            assertThat(ms).isLessThan(Suite.AUTHZ_MVPD_TIMEOUT_MS);
        }

        // healed: still paused until the breaker delay has passed, then the MVPD decides again
        given().baseUri(suite.sandboxUrl()).delete("/_control/faults").then().statusCode(204);
        JsonPath stillOpen = decide(app, plain);
        if (System.nanoTime() - openedAt < Suite.AUTHZ_MVPD_BREAKER_DELAY_MS * 1_000_000L / 2) {
            assertThat(stillOpen.getString("decisions[0].error.details")).as("breaker still open right after healing")
                    .contains("paused");
        }
        JsonPath recovered = null;
        while (System.nanoTime() - openedAt < 15_000_000_000L) {
            recovered = decide(app, plain);
            if ("mvpd".equals(recovered.getString("decisions[0].source"))
                    && recovered.getBoolean("decisions[0].authorized")) {
                break;
            }
            CookbookV2IT.pause(250);
        }
        long recoveredMs = (System.nanoTime() - openedAt) / 1_000_000;
        System.out.printf("[resilience] recovered %d ms after the breaker opened (delay %d ms)%n", recoveredMs,
                Suite.AUTHZ_MVPD_BREAKER_DELAY_MS);
        assertThat(recovered.getBoolean("decisions[0].authorized")).isTrue();
        assertThat(recovered.getString("decisions[0].source")).isEqualTo("mvpd");
        assertThat(recoveredMs).isLessThan(Suite.AUTHZ_MVPD_BREAKER_DELAY_MS + 6_000);
        JsonPath back = decide(app, degradable);
        for (long t0 = System.nanoTime(); !"mvpd".equals(back.getString("decisions[0].source"))
                && System.nanoTime() - t0 < 5_000_000_000L; CookbookV2IT.pause(250)) {
            back = decide(app, degradable);
        }
        assertThat(back.getString("decisions[0].source")).isEqualTo("mvpd");
        assertThat(back.getBoolean("decisions[0].authorized")).isTrue();
    }

    private JsonPath untilPaused(Device app, String mvpd) {
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            JsonPath d = decide(app, mvpd);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String details = d.getString("decisions[0].error.details");
            System.out.printf("[resilience] %s failing MVPD: %s (%s) in %d ms%n", mvpd,
                    d.getString("decisions[0].error.code"), details, ms);
            assertThat(d.getBoolean("decisions[0].authorized")).isFalse();
            assertThat(ms).isLessThan(MAX_MS);
            if (details != null && details.contains("paused")) {
                assertThat(i).as("breaker open within its 4-call window").isLessThanOrEqualTo(3);
                return d;
            }
        }
        throw new AssertionError("the breaker of " + mvpd + " never opened");
    }

    private JsonPath untilDegraded(Device app, String mvpd) {
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            JsonPath d = decide(app, mvpd);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("[resilience] %s failing MVPD: source %s, %s in %d ms%n", mvpd,
                    d.getString("decisions[0].source"), d.getString("decisions[0].error.code"), ms);
            assertThat(ms).isLessThan(MAX_MS);
            if ("degradation".equals(d.getString("decisions[0].source"))) {
                assertThat(i).as("breaker open within its 4-call window").isLessThanOrEqualTo(3);
                return d;
            }
            assertThat(d.getBoolean("decisions[0].authorized")).isFalse();
            assertThat(d.getString("decisions[0].error.code")).startsWith("network_");
        }
        throw new AssertionError("the degradation rule of " + mvpd + " never applied");
    }

    private void faults(Map<String, Object> body) {
        given().baseUri(suite.sandboxUrl()).contentType(ContentType.JSON).body(body).post("/_control/faults")
                .then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    private static JsonPath decide(Device app, String mvpd) {
        String mrss = "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>CNN</title>"
                + "<item><title>News</title><guid>resilience-" + ITEM.incrementAndGet() + "-" + System.nanoTime()
                + "</guid></item></channel></rss>";
        return app.decide("authorize", mvpd, mrss).then().statusCode(200).extract().jsonPath();
    }
}
