package dev.tvegate.kernel.throttle;

/**
 * What the throttle remembers about one client between requests (spec §7); in Redis, the hash fields {@code t} and
 * {@code u} of {@link TokenBucket#REDIS_LUA}.
 *
 * @param tokens tokens left after the last accepted request (fractional)
 * @param updatedAtMillis epoch milliseconds of the last accepted request
 */
public record BucketState(double tokens, long updatedAtMillis) {

    public BucketState {
        if (!(tokens >= 0) || Double.isInfinite(tokens)) {
            throw new IllegalArgumentException("tokens must be finite and not negative: " + tokens);
        }
    }
}
