package dev.tvegate.authz.application.port.out;

import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import io.smallrye.mutiny.Uni;

/** A token bucket per client key, shared by every replica (spec §7). */
public interface RateLimiterPort {

    /** Spends one token of {@code clientKey}'s bucket if it holds one. */
    Uni<Decision> tryConsume(String clientKey, TokenBucketPolicy policy);

    /** @param retryAfterMillis when refused, the time until one token is available */
    record Decision(boolean allowed, long retryAfterMillis) {
    }
}
