package dev.tvegate.registration.adapter.out.redis;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.registration.application.port.out.RegCodeStorePort;
import dev.tvegate.registration.domain.model.RegCode;
import dev.tvegate.registration.domain.model.RegCodeInfo;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * v1 registration codes in Redis: key {@code reg:regcode:<code>}, value the record as JSON, written with
 * {@code SET … NX PX <ttl>} so that Redis alone expires it and a colliding code is never overwritten.
 */
@ApplicationScoped
public class RedisRegCodeStoreAdapter implements RegCodeStorePort {

    static final String PREFIX = "reg:regcode:";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ReactiveRedisDataSource redis;

    public RedisRegCodeStoreAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** The stored form; versioned by its fields (unknown fields are ignored when reading). */
    @RegisterForReflection
    record Document(String id, String code, String requestor, String mvpd, long generated, long expires,
            String deviceId, String deviceType, String deviceUser, String appId, String appVersion,
            String registrationURL, String deviceInfo, String userAgent, String authorizationType) {

        static Document of(RegCode r) {
            RegCodeInfo i = r.info();
            return new Document(r.id(), r.code(), r.requestor(), r.mvpd(), r.generated(), r.expires(), i.deviceId(),
                    i.deviceType(), i.deviceUser(), i.appId(), i.appVersion(), i.registrationURL(), i.deviceInfo(),
                    i.userAgent(), i.authorizationType());
        }

        RegCode toDomain() {
            return new RegCode(id, code, requestor, mvpd, generated, expires, new RegCodeInfo(deviceId, deviceType,
                    deviceUser, appId, appVersion, registrationURL, deviceInfo, userAgent, authorizationType));
        }
    }

    @Override
    public Uni<Boolean> putIfAbsent(RegCode regCode, Duration ttl) {
        String json;
        try {
            json = JSON.writeValueAsString(Document.of(regCode));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("Cannot serialise a regcode", e));
        }
        return redis.execute("SET", PREFIX + regCode.code(), json, "NX", "PX", Long.toString(ttl.toMillis()))
                .map(response -> response != null && "OK".equals(response.toString()));
    }

    @Override
    public Uni<Optional<RegCode>> find(String code) {
        return redis.execute("GET", PREFIX + code).map(response -> {
            if (response == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(JSON.readValue(response.toString(), Document.class).toDomain());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable regcode record in Redis", e);
            }
        });
    }

    @Override
    public Uni<Boolean> delete(String code) {
        return redis.execute("DEL", PREFIX + code).map(response -> response != null && response.toLong() > 0);
    }
}
