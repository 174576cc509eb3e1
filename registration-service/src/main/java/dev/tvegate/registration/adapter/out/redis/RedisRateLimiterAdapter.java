package dev.tvegate.registration.adapter.out.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tvegate.kernel.throttle.TokenBucket;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import dev.tvegate.registration.application.port.out.RateLimiterPort;
import dev.tvegate.registration.config.SecurityConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Token buckets in Redis ({@code reg:throttle:<ip>}, a hash), updated atomically by the kernel's Lua script
 * ({@link TokenBucket#REDIS_LUA}) with the Redis server clock, so that every replica shares each client's bucket.
 * Runs {@code EVALSHA}; after a Redis restart or failover ({@code NOSCRIPT}) it falls back to {@code EVAL}, which
 * caches the script again.
 */
@ApplicationScoped
public class RedisRateLimiterAdapter implements RateLimiterPort {

    static final String PREFIX = "reg:throttle:";
    static final String SCRIPT_SHA = sha1Hex(TokenBucket.REDIS_LUA);
    private static final int MAX_KEY_CHARS = 64;

    private final ReactiveRedisDataSource redis;
    private final String idleExpiryMillis;

    @Inject
    public RedisRateLimiterAdapter(ReactiveRedisDataSource redis, SecurityConfig config) {
        this(redis, config.throttle().idleExpiry());
    }

    RedisRateLimiterAdapter(ReactiveRedisDataSource redis, Duration idleExpiry) {
        this.redis = redis;
        this.idleExpiryMillis = Long.toString(idleExpiry.toMillis());
    }

    @Override
    public Uni<Decision> tryConsume(String clientKey, TokenBucketPolicy policy) {
        String key = PREFIX + (clientKey.length() > MAX_KEY_CHARS ? clientKey.substring(0, MAX_KEY_CHARS) : clientKey);
        String rate = Double.toString(policy.refillPerSecond());
        String burst = Integer.toString(policy.burst());
        // nowMillis "0": the script reads the Redis server clock, the one clock every replica shares
        return redis.execute("EVALSHA", SCRIPT_SHA, "1", key, rate, burst, "0", idleExpiryMillis)
                .onFailure(RedisRateLimiterAdapter::isNoScript)
                .recoverWithUni(() -> redis.execute("EVAL", TokenBucket.REDIS_LUA, "1", key, rate, burst, "0",
                        idleExpiryMillis))
                .map(RedisRateLimiterAdapter::decision);
    }

    private static Decision decision(Response response) {
        boolean allowed = response.get(0).toLong() == 1L;
        return new Decision(allowed, allowed ? 0 : response.get(1).toLong());
    }

    private static boolean isNoScript(Throwable t) {
        return t.getMessage() != null && t.getMessage().startsWith("NOSCRIPT");
    }

    static String sha1Hex(String script) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }
}
