package dev.tvegate.kernel.throttle;

import java.util.Objects;

/**
 * The token-bucket arithmetic of the per-client throttle (spec §7): "1 request/second, plus a one-time initial
 * burst of 10 at the client's first interaction", HTTP 429 when exceeded, and "throttling lifts 1 s after the first
 * 429".
 * <h2>Model</h2>
 * With {@code r = refillPerSecond} and {@code C = max(1, r)}:
 * <ol>
 * <li>A client never seen before starts with {@code C + burst} tokens (11 by default): the token of the first second
 * plus the one-time burst.</li>
 * <li>Tokens accrue continuously at {@code r} per second since the last accepted request, up to a ceiling of
 * {@code max(C, tokens + 1)}. Below {@code C - 1} tokens this is the classic bucket of capacity {@code C}. Above it,
 * a client can earn back at most the one token it is about to spend, so tokens left from the burst are never added
 * to: the burst is one-time, yet the rate keeps accruing while the burst is being used.</li>
 * <li>A request is accepted if at least one token is available, and spends it; otherwise it is refused, the state is
 * left as it was, and {@code retryAfterMillis} is the time until one token is available. After the burst, with the
 * default rate, that is never more than 1 s.</li>
 * </ol>
 * <h2>The spec's worked example</h2>
 * Adobe's scenario (the throttling page's table, summarised in §7) sends requests at t = 0, 0.3, 0.6, 0.9, 1.2, 1.3,
 * 1.4, 1.5, 1.6, 1.7, 1.8, 2.1, 2.2 s (all accepted: "3 from the rate, 10 from the burst"), 2.4, 2.6, 2.8 s
 * (refused) and 3.1 s (accepted). This model gives exactly that: 11 tokens at t = 0, plus 2.2 tokens accrued by 2.2 s,
 * pays for the 13 accepted requests with 0.2 left; 0.4, 0.6 and 0.8 tokens at 2.4, 2.6 and 2.8 s are not enough, and
 * 1.1 tokens at 3.1 s is. A classic bucket of capacity 11 would also fit the table but would give the whole burst back
 * after 10 idle seconds, contradicting "one-time"; a separate burst pool next to a 1-token bucket refuses the call at
 * 3.1 s.
 * <h2>Storage</h2>
 * {@link #tryConsume} is pure; callers keep the {@link BucketState} per client key (the {@code X-Forwarded-For}
 * client IP). {@link #REDIS_LUA} performs the same arithmetic atomically in Redis. A forgotten bucket (expired key)
 * grants the burst again, so the key TTL bounds how "one-time" the burst is: use hours, not seconds.
 */
public final class TokenBucket {

    /** Tolerance for floating-point drift when checking for one whole token. */
    static final double EPSILON = 1e-9;

    /**
     * Redis Lua script implementing {@link #tryConsume} atomically.
     * <ul>
     * <li>{@code KEYS[1]}: the bucket key, a hash with fields {@code t} (tokens) and {@code u} (updated-at, epoch
     * ms);</li>
     * <li>{@code ARGV}: refillPerSecond, burst, nowMillis, ttlMillis;</li>
     * <li>returns {@code {allowed (1 or 0), retryAfterMillis}} and (re)sets the key's PEXPIRE to ttlMillis.</li>
     * </ul>
     * {@code nowMillis} is the caller's clock, which keeps the script deterministic and testable. Replicas with skewed
     * clocks then disagree slightly on elapsed time (a clock behind the stored {@code u} simply earns nothing), so
     * the Redis server clock is better in production: pass {@code "0"} as nowMillis and the script reads
     * {@code redis.call('TIME')} (allowed in scripts since Redis 5 with effect replication, the only mode of
     * Redis 7).
     */
    public static final String REDIS_LUA = """
            local rate = tonumber(ARGV[1])
            local burst = tonumber(ARGV[2])
            local now = tonumber(ARGV[3])
            local ttl = tonumber(ARGV[4])
            if now == 0 then
              local time = redis.call('TIME')
              now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            end
            local capacity = math.max(1, rate)
            local stored = redis.call('HMGET', KEYS[1], 't', 'u')
            local tokens
            local updated
            if not stored[1] or not stored[2] then
              tokens = capacity + burst
              updated = now
            else
              tokens = tonumber(stored[1])
              updated = tonumber(stored[2])
              local elapsed = math.max(0, now - updated)
              tokens = math.min(tokens + elapsed * rate / 1000, math.max(capacity, tokens + 1))
              updated = math.max(updated, now)
            end
            if tokens + 1e-9 >= 1 then
              redis.call('HSET', KEYS[1], 't', tostring(math.max(0, tokens - 1)), 'u', string.format('%d', updated))
              redis.call('PEXPIRE', KEYS[1], ttl)
              return {1, 0}
            end
            redis.call('PEXPIRE', KEYS[1], ttl)
            return {0, math.ceil((1 - tokens) * 1000 / rate)}
            """;

    private TokenBucket() {
    }

    /**
     * Checks and, if allowed, spends one token.
     *
     * @param p the limits
     * @param previousOrNull the stored state, or null for a client never seen (or forgotten)
     * @param nowMillis the current epoch milliseconds
     * @return the decision and the state to store
     */
    public static ThrottleDecision tryConsume(TokenBucketPolicy p, BucketState previousOrNull, long nowMillis) {
        Objects.requireNonNull(p, "policy");
        double available;
        long updatedAt;
        if (previousOrNull == null) {
            available = p.initialTokens();
            updatedAt = nowMillis;
        } else {
            available = availableTokens(p, previousOrNull, nowMillis);
            updatedAt = Math.max(previousOrNull.updatedAtMillis(), nowMillis);
        }
        if (available + EPSILON >= 1) {
            return new ThrottleDecision(true, new BucketState(Math.max(0, available - 1), updatedAt), 0);
        }
        long retryAfter = (long) Math.ceil((1 - available) * 1000 / p.refillPerSecond());
        return new ThrottleDecision(false, previousOrNull, retryAfter);
    }

    /** @return the tokens a client holds at {@code nowMillis}, before spending any (see the model above) */
    public static double availableTokens(TokenBucketPolicy p, BucketState state, long nowMillis) {
        long elapsedMillis = Math.max(0, nowMillis - state.updatedAtMillis());
        double ceiling = Math.max(p.capacity(), state.tokens() + 1);
        return Math.min(state.tokens() + elapsedMillis * p.refillPerSecond() / 1000, ceiling);
    }
}
