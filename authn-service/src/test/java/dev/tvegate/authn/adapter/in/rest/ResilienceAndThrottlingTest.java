package dev.tvegate.authn.adapter.in.rest;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.authn.support.RegistrationStub;
import dev.tvegate.authn.support.TestTokens;
import dev.tvegate.testsupport.Devices;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Spec §7 throttling with a small burst (1 request/s + a burst of 3), and the configuration cache with a short TTL
 * while registration fails. Its own profile: one extra Quarkus boot.
 */
@QuarkusTest
@TestProfile(ResilienceAndThrottlingTest.SmallLimits.class)
class ResilienceAndThrottlingTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tvegate.authn.throttle.burst", "3",
                    "tvegate.authn.throttle.rate-per-second", "1.0",
                    "tvegate.authn.config-cache-ttl", "PT0.2S",
                    "tvegate.authn.config-negative-cache-ttl", "PT0.2S");
        }
    }

    private static final AtomicInteger NEXT_IP = new AtomicInteger(1);

    @Inject
    RedisDataSource redis;

    /** Buckets outlive the boot: forget the small ones so that later test classes are not throttled. */
    @BeforeEach
    @AfterEach
    void forgetBuckets() {
        for (String key : redis.key().keys("authn:throttle:*")) {
            redis.key().del(key);
        }
        RegistrationStub.stubAll();
    }

    private static String freshIp() {
        return "203.0.113." + NEXT_IP.getAndIncrement();
    }

    private static ValidatableResponse profiles(String ip) {
        return given().header("X-Forwarded-For", ip + ", 10.0.0.1")
                .when().get("/api/v2/" + RegistrationStub.SP + "/profiles").then();
    }

    @Test
    void aClientIpIsThrottledAfterItsBurstAndRecoversAfterASecond() throws InterruptedException {
        String ip = freshIp();
        for (int i = 0; i < 4; i++) {
            profiles(ip).statusCode(401); // admitted: the request reaches the endpoint (no token)
        }
        profiles(ip).statusCode(429)
                .contentType(containsString("text/html"))
                .header("Retry-After", "1")
                .body(containsString("429 Too Many Requests"));
        // another client is not affected, nor are the internal API and health
        profiles(freshIp()).statusCode(401);
        given().header("X-Forwarded-For", ip).when().get("/internal/v1/profiles/REF30/Cablevision")
                .then().statusCode(401).body("error", equalTo("invalid_token"));
        given().header("X-Forwarded-For", ip).when().get("/q/health/live").then().statusCode(200);
        Thread.sleep(1_100);
        profiles(ip).statusCode(401);
    }

    @Test
    void theLastGoodConfigurationIsServedWhileRegistrationFails() throws InterruptedException {
        String bearer = TestTokens.bearer(TestTokens.client());
        createSession(bearer).statusCode(200).body("actionName", equalTo("authenticate"));

        RegistrationStub.server().stubFor(get(urlPathMatching("/internal/v1/service-providers/.*/configuration"))
                .atPriority(0).willReturn(serverError()));
        Thread.sleep(300); // the cached copy is now stale
        createSession(bearer).statusCode(200).body("actionName", equalTo("authenticate"));

        // a service provider never fetched cannot be served from anywhere
        String other = TestTokens.bearer(TestTokens.client(TestTokens.CLIENT_ID, RegistrationStub.OTHER_SP));
        given().header("Authorization", other).header("X-Forwarded-For", freshIp())
                .header("AP-Device-Identifier", Devices.identifier(Devices.newDeviceId()))
                .when().get("/api/v2/" + RegistrationStub.OTHER_SP + "/profiles")
                .then().statusCode(500)
                .body("code", equalTo("internal_server_error"));
    }

    private static ValidatableResponse createSession(String bearer) {
        return given().header("Authorization", bearer).header("X-Forwarded-For", freshIp())
                .header("AP-Device-Identifier", Devices.identifier(Devices.newDeviceId()))
                .contentType(ContentType.URLENC)
                .formParam("mvpd", RegistrationStub.MVPD).formParam("domainName", "adobe.com")
                .formParam("redirectUrl", "https://adobe.com/")
                .when().post("/api/v2/" + RegistrationStub.SP + "/sessions").then();
    }
}
