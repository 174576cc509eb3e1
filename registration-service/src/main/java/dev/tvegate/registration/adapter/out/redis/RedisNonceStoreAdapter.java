package dev.tvegate.registration.adapter.out.redis;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.registration.application.port.out.NonceStorePort;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/** Legacy request nonces: {@code SET reg:nonce:<nonce> 1 NX PX <ttl>}; shared by every replica. */
@ApplicationScoped
public class RedisNonceStoreAdapter implements NonceStorePort {

    static final String PREFIX = "reg:nonce:";

    private final ReactiveRedisDataSource redis;

    public RedisNonceStoreAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    @Override
    public Uni<Boolean> claim(String nonce, Duration ttl) {
        return redis.execute("SET", PREFIX + nonce, "1", "NX", "PX", Long.toString(ttl.toMillis()))
                .map(response -> response != null && "OK".equals(response.toString()));
    }
}
