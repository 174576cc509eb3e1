package dev.tvegate.registration.adapter.in.rest;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.registration.support.TestAuth;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Spec §7 throttling end to end against Redis, with a small burst (1 request/s + a burst of 3). The only test class
 * with its own profile (an extra Quarkus boot).
 */
@QuarkusTest
@TestProfile(ThrottlingTest.SmallBurst.class)
class ThrottlingTest {

    public static class SmallBurst implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tvegate.registration.throttle.burst", "3",
                    "tvegate.registration.throttle.rate-per-second", "1.0");
        }
    }

    @Inject
    RedisDataSource redis;

    /**
     * Buckets outlive the boot: forget the ones made under this small burst (including the loopback client of
     * {@link TestAuth}), so that test classes running later with the normal profile are not throttled.
     */
    @AfterEach
    void forgetSmallBuckets() {
        for (String key : redis.key().keys("reg:throttle:*")) {
            redis.key().del(key);
        }
    }

    @Test
    void aClientIpGets429OnceItsBurstIsSpentAndRecoversAfterASecond() throws InterruptedException {
        String ip = freshIp();
        // 1 token for the first second + a burst of 3: four requests pass, whatever their outcome
        for (int i = 0; i < 4; i++) {
            token(ip).statusCode(400);
        }
        token(ip).statusCode(429)
                .contentType(containsString("text/html"))
                .header("Retry-After", equalTo("1"))
                .body(containsString("429 Too Many Requests"));

        assertThat(redis.key().pttl("reg:throttle:" + ip)).isPositive();
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*tvegate_throttle_rejected_total [1-9].*"));

        // other clients, unthrottled paths and internal service calls are not affected
        token(freshIp()).statusCode(400);
        given().header("X-Forwarded-For", ip).get("/.well-known/jwks.json").then().statusCode(200);
        String internal = TestAuth.bearer(TestAuth.internalToken());
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", ip).header("Authorization", internal)
                    .contentType(ContentType.URLENC).formParam("deviceId", "d")
                    .post("/reggie/v1/NOSUCHSP/regcode.json").then().statusCode(400)
                    .body("code", equalTo("invalid_requestor"));
        }

        Thread.sleep(1100);
        token(ip).statusCode(400);
        token(ip).statusCode(429);
    }

    @Test
    void theFirstForwardedForEntryIsTheClientAndEveryThrottledPathSharesItsBucket() {
        String ip = freshIp();
        for (int i = 0; i < 4; i++) {
            given().header("X-Forwarded-For", ip + ", 10.1.2.3").contentType(ContentType.JSON).body("{}")
                    .post("/o/client/register").then().statusCode(400);
        }
        given().header("X-Forwarded-For", ip).get("/reggie/v1/ANY/regcode/BCDFGHJK").then().statusCode(429);
        given().header("X-Forwarded-For", ip).get("/api/v2/ANY/configuration").then().statusCode(429);
    }

    private static ValidatableResponse token(String ip) {
        return given().header("X-Forwarded-For", ip).contentType(ContentType.URLENC)
                .formParam("client_id", "nobody").formParam("client_secret", "x")
                .formParam("grant_type", "client_credentials")
                .post("/o/client/token").then();
    }

    private String freshIp() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String ip = "2001:db8:" + Integer.toHexString(r.nextInt(0x10000)) + "::" + Integer.toHexString(r.nextInt(
                0x10000));
        redis.key().del("reg:throttle:" + ip);
        return ip;
    }
}
