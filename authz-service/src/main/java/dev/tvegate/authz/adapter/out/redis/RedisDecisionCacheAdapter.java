package dev.tvegate.authz.adapter.out.redis;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import dev.tvegate.authz.application.port.out.DecisionCachePort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.CachedDecision;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;

/**
 * MVPD answers in Redis at {@code authz:decision:<hex sha-256 of SP, MVPD, userID, resource>} with {@code PX} = the
 * decision's lifetime (Redis expires them; nothing sweeps). A slow or unreachable Redis is a miss (the MVPD is asked)
 * and a skipped write: the cache can cost an MVPD call, never a wrong decision.
 */
@ApplicationScoped
public class RedisDecisionCacheAdapter implements DecisionCachePort {

    static final String PREFIX = "authz:decision:";
    private static final Logger LOG = Logger.getLogger(RedisDecisionCacheAdapter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectReader READER = JSON.readerFor(CachedDecision.class);

    private final ReactiveValueCommands<String, String> values;
    private final Duration timeout;

    public RedisDecisionCacheAdapter(ReactiveRedisDataSource redis, AuthzConfig config) {
        this.values = redis.value(String.class, String.class);
        this.timeout = config.decisionCache().timeout();
    }

    @Override
    public Uni<Optional<CachedDecision>> find(String key) {
        return values.get(PREFIX + key)
                .ifNoItem().after(timeout).fail()
                .map(json -> Optional.ofNullable(json).map(RedisDecisionCacheAdapter::read))
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("decision cache read failed (%s): asking the MVPD", e.toString());
                    return Optional.empty();
                });
    }

    @Override
    public Uni<Map<String, CachedDecision>> findAll(List<String> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] redisKeys = new String[keys.size()];
        for (int i = 0; i < redisKeys.length; i++) {
            redisKeys[i] = PREFIX + keys.get(i);
        }
        return values.mget(redisKeys) // one MGET, one round trip
                .ifNoItem().after(timeout).fail()
                .map(found -> {
                    Map<String, CachedDecision> hits = new HashMap<>(keys.size() * 2);
                    for (int i = 0; i < redisKeys.length; i++) {
                        String json = found == null ? null : found.get(redisKeys[i]);
                        CachedDecision d = json == null ? null : read(json);
                        if (d != null) {
                            hits.put(keys.get(i), d);
                        }
                    }
                    return hits;
                })
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("decision cache read failed (%s): asking the MVPD", e.toString());
                    return Map.of();
                });
    }

    @Override
    public Uni<Void> save(String key, CachedDecision decision, Duration ttl) {
        String json;
        try {
            json = JSON.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().voidItem();
        }
        return values.psetex(PREFIX + key, Math.max(1, ttl.toMillis()), json)
                .ifNoItem().after(timeout).fail()
                .onFailure().recoverWithItem(e -> {
                    LOG.debugf("decision cache write failed: %s", e.toString());
                    return null;
                });
    }

    private static CachedDecision read(String json) {
        try {
            return READER.readValue(json);
        } catch (IOException e) {
            return null;
        }
    }
}
