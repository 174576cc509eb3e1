package dev.tvegate.drm.adapter.out.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.SingleUseLedgerPort;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Spent media tokens at {@code drm:mt:<sha-256 of jti>}, written with {@code SET … NX PX <remaining lifetime>}: the
 * first writer wins, Redis forgets the entry when the media token could no longer be used anyway.
 */
@ApplicationScoped
class RedisSingleUseLedgerAdapter implements SingleUseLedgerPort {

    static final String PREFIX = "drm:mt:";

    private final ReactiveRedisDataSource redis;

    RedisSingleUseLedgerAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** A Redis failure fails the request (never a free pass): the caller answers an upstream error. */
    @Override
    public Uni<Boolean> claim(String tokenId, Duration remainingLifetime) {
        long ttl = Math.max(1_000, remainingLifetime.toMillis());
        return redis.execute("SET", key(tokenId), "1", "NX", "PX", Long.toString(ttl))
                .map(reply -> reply != null && "OK".equals(reply.toString()));
    }

    static String key(String tokenId) {
        try {
            return PREFIX + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(tokenId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
