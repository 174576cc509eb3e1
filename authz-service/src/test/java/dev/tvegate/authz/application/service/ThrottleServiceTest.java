package dev.tvegate.authz.application.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tvegate.authz.application.port.in.ThrottleRequestUseCase.Verdict;
import dev.tvegate.authz.application.port.out.RateLimiterPort;
import dev.tvegate.kernel.throttle.BucketState;
import dev.tvegate.kernel.throttle.ThrottleDecision;
import dev.tvegate.kernel.throttle.TokenBucket;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec §7 throttling decisions, and failing open when the bucket store is unavailable. */
class ThrottleServiceTest {

    /** The kernel arithmetic over an in-memory map, at a fixed instant. */
    static final class InMemoryLimiter implements RateLimiterPort {
        final Map<String, BucketState> buckets = new HashMap<>();

        @Override
        public Uni<Decision> tryConsume(String clientKey, TokenBucketPolicy policy) {
            ThrottleDecision d = TokenBucket.tryConsume(policy, buckets.get(clientKey), 1_000_000L);
            buckets.put(clientKey, d.state());
            return Uni.createFrom().item(new Decision(d.allowed(), d.retryAfterMillis()));
        }
    }

    private static Verdict admit(ThrottleService s, String ip) {
        return s.admit(ip).await().atMost(Duration.ofSeconds(2));
    }

    @Test
    void aClientGetsOneTokenPlusItsBurstThenIsRefusedForAboutASecond() {
        var service = new ThrottleService(true, new TokenBucketPolicy(1.0, 2), new InMemoryLimiter(),
                Duration.ofMillis(200));
        for (int i = 0; i < 3; i++) {
            assertThat(admit(service, "192.0.2.1").allowed()).isTrue();
        }
        Verdict refused = admit(service, "192.0.2.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterMillis()).isBetween(1L, 1000L);
        assertThat(admit(service, "192.0.2.2").allowed()).isTrue();
    }

    @Test
    void aFailingOrSilentStoreAdmitsAndSaysSo() {
        RateLimiterPort failing = (key, policy) -> Uni.createFrom().failure(new RuntimeException("down"));
        RateLimiterPort silent = (key, policy) -> Uni.createFrom().nothing();
        RateLimiterPort throwing = (key, policy) -> {
            throw new IllegalStateException("no connection");
        };
        for (RateLimiterPort limiter : new RateLimiterPort[] { failing, silent, throwing }) {
            Verdict v = admit(new ThrottleService(true, TokenBucketPolicy.adobeDefault(), limiter,
                    Duration.ofMillis(50)), "192.0.2.3");
            assertThat(v.allowed()).isTrue();
            assertThat(v.failedOpen()).isTrue();
        }
    }

    @Test
    void disabledThrottlingNeverAsksTheStore() {
        RateLimiterPort throwing = (key, policy) -> {
            throw new AssertionError("must not be called");
        };
        assertThat(admit(new ThrottleService(false, TokenBucketPolicy.adobeDefault(), throwing,
                Duration.ofMillis(50)), "192.0.2.4")).isEqualTo(Verdict.ADMIT);
    }
}
