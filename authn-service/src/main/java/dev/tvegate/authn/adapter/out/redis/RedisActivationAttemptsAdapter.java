package dev.tvegate.authn.adapter.out.redis;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.authn.application.port.out.ActivationAttemptsPort;
import dev.tvegate.kernel.code.Secrets;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Failed activation-code look-ups per client in Redis: {@code authn:activate-fail:<sha256(client)>}, a counter that
 * a Lua script increments and, on the first failure, gives the window's expiry (atomically, so a counter can never be
 * left without one). Shared by every replica.
 */
@ApplicationScoped
public class RedisActivationAttemptsAdapter implements ActivationAttemptsPort {

    static final String PREFIX = "authn:activate-fail:";
    static final String INCREMENT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n
            """;

    private final ReactiveRedisDataSource redis;

    public RedisActivationAttemptsAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    @Override
    public Uni<Long> failures(String clientKey) {
        return redis.execute("GET", key(clientKey))
                .map(response -> response == null ? 0L : Long.parseLong(response.toString()));
    }

    @Override
    public Uni<Long> recordFailure(String clientKey, Duration window) {
        return redis.execute("EVAL", INCREMENT, "1", key(clientKey), Long.toString(Math.max(1, window.toMillis())))
                .map(response -> response.toLong());
    }

    private static String key(String clientKey) {
        return PREFIX + Secrets.sha256Hex(clientKey);
    }
}
