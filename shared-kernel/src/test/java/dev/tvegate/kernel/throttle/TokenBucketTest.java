package dev.tvegate.kernel.throttle;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TokenBucketTest {

    private static final TokenBucketPolicy ADOBE = TokenBucketPolicy.adobeDefault();
    private static final long T0 = 1_700_000_000_000L;

    /** A client whose bucket state is kept between calls, as a service would keep it in Redis. */
    private static final class Client {
        private final TokenBucketPolicy policy;
        private BucketState state;
        private ThrottleDecision last;

        Client(TokenBucketPolicy policy) {
            this.policy = policy;
        }

        boolean call(long atMillis) {
            last = TokenBucket.tryConsume(policy, state, atMillis);
            state = last.state();
            return last.allowed();
        }

        boolean callAtSeconds(double seconds) {
            return call(T0 + Math.round(seconds * 1000));
        }
    }

    @Test
    void reproducesTheSpecWorkedExample() {
        double[] times = { 0, 0.3, 0.6, 0.9, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 2.1, 2.2, 2.4, 2.6, 2.8, 3.1 };
        Client client = new Client(ADOBE);

        List<Boolean> outcomes = new ArrayList<>();
        for (double t : times) {
            outcomes.add(client.callAtSeconds(t));
        }

        assertThat(outcomes).containsExactly(
                true, true, true, true, true, true, true, true, true, true, true, true, true, // 3 rate + 10 burst
                false, false, false, // 2.4, 2.6, 2.8 → 429
                true); // 3.1
    }

    @Test
    void throttlingLiftsWithinOneSecondOfTheFirst429() {
        Client client = new Client(ADOBE);
        for (double t : new double[] { 0, 0.3, 0.6, 0.9, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 2.1, 2.2 }) {
            client.callAtSeconds(t);
        }

        assertThat(client.callAtSeconds(2.4)).isFalse();
        assertThat(client.last.retryAfterMillis()).isEqualTo(600); // 0.4 token held, one token at 3.0 s
        assertThat(client.callAtSeconds(2.8)).isFalse();
        assertThat(client.last.retryAfterMillis()).isEqualTo(200);
        assertThat(client.callAtSeconds(2.999)).isFalse();
        assertThat(client.callAtSeconds(3.0)).isTrue();
        assertThat(client.last.retryAfterMillis()).isZero();
    }

    @Test
    void aNewClientGetsTheRateTokenPlusTheBurstAtOnce() {
        Client client = new Client(ADOBE);

        for (int i = 0; i < 11; i++) {
            assertThat(client.call(T0)).as("call %d", i + 1).isTrue();
        }
        assertThat(client.call(T0)).isFalse();
        assertThat(client.last.retryAfterMillis()).isEqualTo(1000);
    }

    @Test
    void theBurstIsOneTime() {
        Client client = new Client(ADOBE);
        for (int i = 0; i < 11; i++) {
            client.call(T0);
        }

        long anHourLater = T0 + 3_600_000;
        assertThat(client.call(anHourLater)).isTrue();
        assertThat(client.call(anHourLater)).as("an idle client banks one token, not the burst again").isFalse();
    }

    @Test
    void anUnusedPartOfTheBurstIsKeptButNeverRefilled() {
        Client client = new Client(ADOBE);
        for (int i = 0; i < 5; i++) {
            client.call(T0);
        }
        assertThat(client.state.tokens()).isEqualTo(6.0);

        long later = T0 + 600_000;
        int allowed = 0;
        while (client.call(later)) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(7); // the 6 left plus 1 earned while idle
    }

    @Test
    void steadyOneRequestPerSecondIsNeverThrottled() {
        Client client = new Client(ADOBE);
        for (int i = 0; i < 11; i++) {
            client.call(T0);
        }

        for (int s = 1; s <= 120; s++) {
            assertThat(client.call(T0 + s * 1000L)).as("second %d", s).isTrue();
        }
    }

    @Test
    void aFasterClientIsHeldToTheRateAfterTheBurst() {
        Client client = new Client(ADOBE);

        int allowed = 0;
        for (int tenth = 0; tenth <= 600; tenth++) { // 10 requests/s for 60 s
            if (client.call(T0 + tenth * 100L)) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(11 + 60);
    }

    @Test
    void refusedCallsDoNotChangeTheState() {
        Client client = new Client(ADOBE);
        for (int i = 0; i < 11; i++) {
            client.call(T0);
        }
        BucketState empty = client.state;

        assertThat(client.call(T0 + 500)).isFalse();
        assertThat(client.state).isSameAs(empty);
    }

    @Test
    void aClockBehindTheStoredTimeEarnsNothing() {
        BucketState state = new BucketState(0.5, T0);

        ThrottleDecision decision = TokenBucket.tryConsume(ADOBE, state, T0 - 5_000);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterMillis()).isEqualTo(500);
        assertThat(TokenBucket.tryConsume(ADOBE, new BucketState(1.5, T0), T0 - 5_000).state().updatedAtMillis())
                .as("never moves the stored time backwards").isEqualTo(T0);
    }

    @ParameterizedTest(name = "rate {0}/s burst {1}: {2} at once, {3} after 1 s, {4} after an idle minute")
    @CsvSource({ "1, 10, 11, 1, 1", "5, 0, 5, 5, 5", "5, 20, 25, 5, 5", "0.5, 0, 1, 0, 1", "2, 3, 5, 2, 2" })
    void otherPoliciesBehaveLikeAClassicBucketOnceTheBurstIsSpent(double rate, int burst, int atOnce,
            int afterOneSecond, int afterIdleMinute) {
        Client client = new Client(new TokenBucketPolicy(rate, burst));

        assertThat(drain(client, T0)).isEqualTo(atOnce);
        assertThat(drain(client, T0 + 1_000)).isEqualTo(afterOneSecond);
        assertThat(drain(client, T0 + 61_000)).isEqualTo(afterIdleMinute);
    }

    @Test
    void availableTokensFollowTheModel() {
        BucketState state = new BucketState(3.0, T0);

        assertThat(TokenBucket.availableTokens(ADOBE, state, T0 + 500)).isCloseTo(3.5, within(1e-9));
        assertThat(TokenBucket.availableTokens(ADOBE, state, T0 + 60_000)).isEqualTo(4.0);
        assertThat(TokenBucket.availableTokens(new TokenBucketPolicy(5, 0), new BucketState(0, T0), T0 + 60_000))
                .isEqualTo(5.0);
    }

    @Test
    void policiesAreValidated() {
        assertThat(ADOBE).isEqualTo(new TokenBucketPolicy(1.0, 10));
        assertThat(ADOBE.capacity()).isEqualTo(1.0);
        assertThat(ADOBE.initialTokens()).isEqualTo(11.0);
        assertThatThrownBy(() -> new TokenBucketPolicy(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucketPolicy(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucketPolicy(Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucketPolicy(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BucketState(-0.1, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void luaScriptUsesTheDocumentedContract() {
        String lua = TokenBucket.REDIS_LUA;

        assertThat(lua).contains("KEYS[1]").contains("ARGV[1]").contains("ARGV[2]").contains("ARGV[3]")
                .contains("ARGV[4]");
        assertThat(lua).contains("redis.call('HMGET', KEYS[1], 't', 'u')")
                .contains("redis.call('HSET', KEYS[1], 't',").contains("redis.call('PEXPIRE', KEYS[1], ttl)")
                .contains("redis.call('TIME')").contains("return {1, 0}").contains("return {0, ");
        assertThat(lua).as("same ceiling and initial tokens as the Java model")
                .contains("math.max(capacity, tokens + 1)").contains("capacity + burst")
                .contains("math.max(1, rate)");
        assertThat(lua.chars().filter(c -> c == '(').count()).isEqualTo(lua.chars().filter(c -> c == ')').count());
        assertThat(lua.split("\\bend\\b", -1).length - 1).as("if/end balance")
                .isEqualTo(lua.split("\\bif\\b", -1).length - 1);
    }

    private static int drain(Client client, long atMillis) {
        int allowed = 0;
        while (client.call(atMillis)) {
            allowed++;
        }
        return allowed;
    }
}
