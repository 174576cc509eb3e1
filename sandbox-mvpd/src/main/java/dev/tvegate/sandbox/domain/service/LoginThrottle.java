package dev.tvegate.sandbox.domain.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.tvegate.sandbox.domain.model.User;

/**
 * Locks a login name after {@code maxFailures} wrong passwords within {@code window}. While locked, even the right
 * password is refused and attempts are not counted; the lock lifts when the oldest of those failures leaves the
 * window. A successful login clears the count. Unknown names are counted like known ones so the lockout does not
 * reveal which users exist.
 * <p>
 * State is in memory (the sandbox runs as a single instance); the number of tracked names is bounded.
 */
public final class LoginThrottle {

    private static final int MAX_TRACKED_NAMES = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("lockout needs maxFailures ≥ 1 and a positive window");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** @return until when the name is locked, or empty when it may try */
    public Optional<Instant> lockedUntil(String username) {
        Deque<Instant> recent = failures.get(User.normalizeUsername(username));
        if (recent == null) {
            return Optional.empty();
        }
        synchronized (recent) {
            prune(recent, clock.instant());
            return recent.size() >= maxFailures
                    ? Optional.of(recent.peekFirst().plus(window))
                    : Optional.empty();
        }
    }

    /** Counts a wrong password (or unknown name). */
    public void recordFailure(String username) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED_NAMES) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    prune(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(User.normalizeUsername(username), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() < maxFailures) {
                recent.addLast(now);
            }
        }
    }

    /** Clears the count after a successful login. */
    public void reset(String username) {
        failures.remove(User.normalizeUsername(username));
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }
}
