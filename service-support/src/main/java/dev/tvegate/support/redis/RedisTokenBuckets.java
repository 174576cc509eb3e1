package dev.tvegate.support.redis;

import java.time.Duration;
import java.util.List;

import dev.tvegate.kernel.throttle.TokenBucket;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Token buckets in Redis ({@code <prefix><client key>}, a hash), updated atomically by the kernel's Lua script
 * ({@link TokenBucket#REDIS_LUA}) with the Redis server clock, so that every replica shares each client's bucket
 * (spec §7). Each service's rate-limiter adapter wraps one, with its own key prefix.
 */
public final class RedisTokenBuckets {

    private static final RedisScript SCRIPT = new RedisScript(TokenBucket.REDIS_LUA);
    private static final int MAX_KEY_CHARS = 64;

    private final ReactiveRedisDataSource redis;
    private final String prefix;
    private final String idleExpiryMillis;

    /**
     * @param prefix the service's key prefix, e.g. {@code authz:throttle:}
     * @param idleExpiry how long an untouched bucket is kept
     */
    public RedisTokenBuckets(ReactiveRedisDataSource redis, String prefix, Duration idleExpiry) {
        this.redis = redis;
        this.prefix = prefix;
        this.idleExpiryMillis = Long.toString(idleExpiry.toMillis());
    }

    /** The answer for one request: allowed, or refused until a token is available in {@code retryAfterMillis}. */
    public record Outcome(boolean allowed, long retryAfterMillis) {
    }

    /** Spends one token of {@code clientKey}'s bucket (keys longer than 64 characters are cut) if it holds one. */
    public Uni<Outcome> tryConsume(String clientKey, TokenBucketPolicy policy) {
        String key = prefix + (clientKey.length() > MAX_KEY_CHARS ? clientKey.substring(0, MAX_KEY_CHARS) : clientKey);
        // nowMillis "0": the script reads the Redis server clock, the one clock every replica shares
        return SCRIPT.run(redis, List.of(key), List.of(Double.toString(policy.refillPerSecond()),
                Integer.toString(policy.burst()), "0", idleExpiryMillis))
                .map(RedisTokenBuckets::outcome);
    }

    private static Outcome outcome(Response response) {
        boolean allowed = response.get(0).toLong() == 1L;
        return new Outcome(allowed, allowed ? 0 : response.get(1).toLong());
    }
}
