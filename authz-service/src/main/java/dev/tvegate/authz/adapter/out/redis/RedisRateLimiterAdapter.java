package dev.tvegate.authz.adapter.out.redis;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tvegate.authz.application.port.out.RateLimiterPort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.kernel.throttle.TokenBucket;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Token buckets in Redis ({@code authz:throttle:<ip>}, a hash), updated atomically by the kernel's Lua script
 * ({@link TokenBucket#REDIS_LUA}) with the Redis server clock, so that every replica shares each client's bucket.
 */
@ApplicationScoped
public class RedisRateLimiterAdapter implements RateLimiterPort {

    static final String PREFIX = "authz:throttle:";
    private static final RedisScript SCRIPT = new RedisScript(TokenBucket.REDIS_LUA);
    private static final int MAX_KEY_CHARS = 64;

    private final ReactiveRedisDataSource redis;
    private final String idleExpiryMillis;

    @Inject
    public RedisRateLimiterAdapter(ReactiveRedisDataSource redis, AuthzConfig config) {
        this(redis, config.throttle().idleExpiry());
    }

    RedisRateLimiterAdapter(ReactiveRedisDataSource redis, Duration idleExpiry) {
        this.redis = redis;
        this.idleExpiryMillis = Long.toString(idleExpiry.toMillis());
    }

    @Override
    public Uni<Decision> tryConsume(String clientKey, TokenBucketPolicy policy) {
        String key = PREFIX + (clientKey.length() > MAX_KEY_CHARS ? clientKey.substring(0, MAX_KEY_CHARS) : clientKey);
        // nowMillis "0": the script reads the Redis server clock, the one clock every replica shares
        return SCRIPT.run(redis, List.of(key), List.of(Double.toString(policy.refillPerSecond()),
                Integer.toString(policy.burst()), "0", idleExpiryMillis))
                .map(RedisRateLimiterAdapter::decision);
    }

    private static Decision decision(Response response) {
        boolean allowed = response.get(0).toLong() == 1L;
        return new Decision(allowed, allowed ? 0 : response.get(1).toLong());
    }
}
