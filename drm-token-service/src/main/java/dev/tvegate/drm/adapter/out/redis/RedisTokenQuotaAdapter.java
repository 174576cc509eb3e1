package dev.tvegate.drm.adapter.out.redis;

import java.time.Duration;
import java.time.YearMonth;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.TokenQuotaPort;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;

/**
 * Monthly token counters at {@code drm:count:<customer>:<yyyy-MM>} (kept 62 days). A token is counted with
 * {@code INCR}; if that passes the limit the increment is taken back with {@code DECR} and the request refused, so at
 * most {@code limit} requests a month are ever admitted, with no lock and one round trip on the admitted path.
 */
@ApplicationScoped
class RedisTokenQuotaAdapter implements TokenQuotaPort {

    static final String PREFIX = "drm:count:";
    private static final long KEEP_SECONDS = Duration.ofDays(62).toSeconds();

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveRedisDataSource redis;

    RedisTokenQuotaAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
        this.counters = redis.value(String.class, Long.class);
    }

    @Override
    public Uni<Boolean> consume(long customerId, YearMonth month, OptionalLong limit) {
        String key = key(customerId, month);
        return counters.incr(key).flatMap(count -> {
            Uni<Void> keep = count == 1 ? redis.key(String.class).expire(key, KEEP_SECONDS).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            if (limit.isPresent() && count > limit.getAsLong()) {
                return keep.flatMap(v -> counters.decr(key)).replaceWith(Boolean.FALSE);
            }
            return keep.replaceWith(Boolean.TRUE);
        });
    }

    @Override
    public Uni<Void> refund(long customerId, YearMonth month) {
        return counters.decr(key(customerId, month)).replaceWithVoid();
    }

    @Override
    public Uni<Long> used(long customerId, YearMonth month) {
        return counters.get(key(customerId, month)).map(v -> v == null ? 0L : Math.max(0L, v));
    }

    static String key(long customerId, YearMonth month) {
        return PREFIX + customerId + ":" + month;
    }
}
