package dev.tvegate.sandbox.domain;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.tvegate.sandbox.domain.service.LoginThrottle;
import dev.tvegate.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = MutableClock.atEpochSecond(1_700_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);

    @Test
    void fiveFailuresWithinTheWindowLockTheName() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice");
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.lockedUntil("alice")).isEmpty();
        throttle.recordFailure("ALICE");
        assertThat(throttle.lockedUntil("alice")).contains(clock.instant().minus(Duration.ofMinutes(4))
                .plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockLiftsWhenTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("bob");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.lockedUntil("bob")).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.lockedUntil("bob")).isEmpty();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("carol");
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.lockedUntil("carol")).isEmpty();
    }

    @Test
    void successResetsAndNamesAreIndependent() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("dave");
        }
        throttle.reset("dave");
        throttle.recordFailure("dave");
        assertThat(throttle.lockedUntil("dave")).isEmpty();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("erin");
        }
        assertThat(throttle.lockedUntil("erin")).isPresent();
        assertThat(throttle.lockedUntil("dave")).isEmpty();
    }
}
