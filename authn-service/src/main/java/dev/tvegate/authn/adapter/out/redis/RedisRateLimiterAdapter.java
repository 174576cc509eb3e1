package dev.tvegate.authn.adapter.out.redis;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tvegate.authn.application.port.out.RateLimiterPort;
import dev.tvegate.authn.config.AuthnConfig;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import dev.tvegate.support.redis.RedisTokenBuckets;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/** Token buckets at {@code authn:throttle:<ip>}: service-support's Redis bucket store shared by every replica (spec §7). */
@ApplicationScoped
public class RedisRateLimiterAdapter implements RateLimiterPort {

    static final String PREFIX = "authn:throttle:";

    private final RedisTokenBuckets buckets;

    @Inject
    public RedisRateLimiterAdapter(ReactiveRedisDataSource redis, AuthnConfig config) {
        this(redis, config.throttle().idleExpiry());
    }

    RedisRateLimiterAdapter(ReactiveRedisDataSource redis, Duration idleExpiry) {
        this.buckets = new RedisTokenBuckets(redis, PREFIX, idleExpiry);
    }

    @Override
    public Uni<Decision> tryConsume(String clientKey, TokenBucketPolicy policy) {
        return buckets.tryConsume(clientKey, policy).map(o -> new Decision(o.allowed(), o.retryAfterMillis()));
    }
}
