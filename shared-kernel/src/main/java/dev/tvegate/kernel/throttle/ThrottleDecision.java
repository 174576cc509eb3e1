package dev.tvegate.kernel.throttle;

import java.util.Objects;

/**
 * The outcome of one throttle check (spec §7).
 *
 * @param allowed whether the request may proceed; if not, answer HTTP 429
 * @param state the state to store for the client (unchanged from the previous one when refused)
 * @param retryAfterMillis when refused, how long until one token is available; 0 when allowed
 */
public record ThrottleDecision(boolean allowed, BucketState state, long retryAfterMillis) {

    public ThrottleDecision {
        Objects.requireNonNull(state, "state");
        if (retryAfterMillis < 0) {
            throw new IllegalArgumentException("retryAfterMillis must not be negative: " + retryAfterMillis);
        }
    }
}
