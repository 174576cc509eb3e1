package dev.tvegate.authz.adapter.out.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.authz.application.port.out.V1AuthorizationStorePort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.V1Authorization;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;

/**
 * v1 AuthZ tokens at {@code authz:v1:<hex sha-256 of requestor, deviceId, resource>} (length-prefixed; no device id in
 * keys), expiring {@code tvegate.authz.v1.expired-token-memory} after the token's {@code notAfter} so that an expired
 * token answers 410 rather than 404 for that long.
 */
@ApplicationScoped
public class RedisV1AuthorizationStoreAdapter implements V1AuthorizationStorePort {

    static final String PREFIX = "authz:v1:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReactiveValueCommands<String, String> values;
    private final long memoryMillis;
    private final Clock clock;

    public RedisV1AuthorizationStoreAdapter(ReactiveRedisDataSource redis, AuthzConfig config, Clock clock) {
        this.values = redis.value(String.class, String.class);
        this.memoryMillis = config.v1().expiredTokenMemory().toMillis();
        this.clock = clock;
    }

    @Override
    public Uni<Void> save(String deviceId, V1Authorization a) {
        String json;
        try {
            json = JSON.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        long ttl = Math.max(1, a.notAfter() - clock.millis() + memoryMillis);
        return values.psetex(key(a.requestor(), deviceId, a.resource()), ttl, json);
    }

    @Override
    public Uni<Optional<V1Authorization>> find(String requestor, String deviceId, String resource) {
        return values.get(key(requestor, deviceId, resource)).map(json -> {
            if (json == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(JSON.readValue(json, V1Authorization.class));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        });
    }

    static String key(String requestor, String deviceId, String resource) {
        StringBuilder b = new StringBuilder();
        for (String p : new String[] { requestor, deviceId, resource }) {
            b.append(p.length()).append(':').append(p).append('\n');
        }
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
