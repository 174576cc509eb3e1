package dev.tvegate.registration.application.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.throttle.BucketState;
import dev.tvegate.kernel.throttle.ThrottleDecision;
import dev.tvegate.kernel.throttle.TokenBucket;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import dev.tvegate.registration.application.port.in.ThrottleRequestUseCase.Verdict;
import dev.tvegate.registration.application.port.out.AccessTokenVerifierPort;
import dev.tvegate.registration.application.port.out.RateLimiterPort;
import dev.tvegate.registration.domain.model.Caller;
import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleServiceTest {

    static final TokenBucketPolicy POLICY = new TokenBucketPolicy(1.0, 3);
    static final AccessTokenVerifierPort VERIFIER = token -> switch (token) {
        case "internal" -> Optional.of(new Caller("svc", null, Set.of("*"), Set.of("internal")));
        case "client" -> Optional.of(new Caller("c", "app", Set.of("REF30"), Set.of("api:client:v2")));
        default -> Optional.empty();
    };

    /** The kernel arithmetic on a frozen clock: 1 + 3 tokens, then nothing. */
    static final class FrozenBuckets implements RateLimiterPort {
        final List<String> keys = new ArrayList<>();
        BucketState state;

        @Override
        public Uni<Decision> tryConsume(String clientKey, TokenBucketPolicy policy) {
            keys.add(clientKey);
            ThrottleDecision d = TokenBucket.tryConsume(policy, state, 1_000_000L);
            state = d.state();
            return Uni.createFrom().item(new Decision(d.allowed(), d.retryAfterMillis()));
        }
    }

    final FrozenBuckets buckets = new FrozenBuckets();

    @Test
    void refusesOnceTheRateAndBurstAreSpent() {
        ThrottleService service = new ThrottleService(true, POLICY, buckets, VERIFIER, Duration.ofSeconds(1));

        for (int i = 0; i < 4; i++) {
            assertThat(admit(service, "203.0.113.9", null).allowed()).isTrue();
        }
        Verdict refused = admit(service, "203.0.113.9", "Bearer client");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterMillis()).isEqualTo(1000);
        assertThat(buckets.keys).containsOnly("203.0.113.9");
    }

    @Test
    void internalServiceCallsAreExemptButOtherTokensAreNot() {
        ThrottleService service = new ThrottleService(true, POLICY, buckets, VERIFIER, Duration.ofSeconds(1));

        assertThat(admit(service, "10.0.0.1", "Bearer internal")).isEqualTo(Verdict.ADMIT);
        assertThat(buckets.keys).isEmpty();
        admit(service, "10.0.0.1", "Bearer client");
        admit(service, "10.0.0.1", "Bearer forged");
        assertThat(buckets.keys).hasSize(2);
    }

    @Test
    void disabledThrottleNeverAsks() {
        ThrottleService service = new ThrottleService(false, POLICY, buckets, VERIFIER, Duration.ofSeconds(1));
        assertThat(admit(service, "10.0.0.1", null)).isEqualTo(Verdict.ADMIT);
        assertThat(buckets.keys).isEmpty();
    }

    @Test
    void failsOpenWhenTheStoreFailsOrHangs() {
        RateLimiterPort broken = (k, p) -> Uni.createFrom().failure(new RuntimeException("connection refused"));
        assertThat(admit(new ThrottleService(true, POLICY, broken, VERIFIER, Duration.ofSeconds(1)), "1.2.3.4", null))
                .isEqualTo(Verdict.FAILED_OPEN);

        RateLimiterPort hanging = (k, p) -> Uni.createFrom().nothing();
        long start = System.nanoTime();
        assertThat(admit(new ThrottleService(true, POLICY, hanging, VERIFIER, Duration.ofMillis(50)), "1.2.3.4",
                null)).isEqualTo(Verdict.FAILED_OPEN);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    private static Verdict admit(ThrottleService service, String ip, String authorization) {
        return service.admit(ip, authorization).await().atMost(Duration.ofSeconds(5));
    }
}
