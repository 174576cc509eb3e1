package dev.tvegate.authn.adapter.out.redis;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.DeviceContext;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Authentication sessions in Redis: {@code authn:session:<code>} holds the session as JSON, written with
 * {@code SET … PX <ttl>} so that Redis alone expires it.
 */
@ApplicationScoped
public class RedisSessionStoreAdapter implements SessionStorePort {

    static final String PREFIX = "authn:session:";
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ReactiveRedisDataSource redis;

    public RedisSessionStoreAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** The stored form; unknown fields are ignored when reading, so fields may be added later. */
    @RegisterForReflection
    record Document(String code, String sessionId, String serviceProvider, String mvpd, String domainName,
            String redirectUrl, String clientId, String applicationId, String deviceId, String deviceInfo,
            String userAgent, String ipAddress, long notBefore, long notAfter) {

        static Document of(AuthenticationSession s) {
            return new Document(s.code(), s.sessionId(), s.serviceProvider(), s.mvpd(), s.domainName(),
                    s.redirectUrl(), s.client().clientId(), s.client().applicationId(), s.device().deviceId(),
                    s.device().deviceInfoBase64(), s.device().userAgent(), s.device().ipAddress(), s.notBefore(),
                    s.notAfter());
        }

        AuthenticationSession toDomain() {
            return new AuthenticationSession(code, sessionId, serviceProvider, mvpd, domainName, redirectUrl,
                    new ClientContext(clientId, applicationId),
                    new DeviceContext(deviceId, deviceInfo, userAgent, ipAddress), notBefore, notAfter);
        }
    }

    @Override
    public Uni<Void> save(AuthenticationSession session, Duration ttl) {
        return set(session, ttl, false).replaceWithVoid();
    }

    @Override
    public Uni<Boolean> saveIfAbsent(AuthenticationSession session, Duration ttl) {
        return set(session, ttl, true);
    }

    private Uni<Boolean> set(AuthenticationSession session, Duration ttl, boolean onlyIfAbsent) {
        String millis = Long.toString(Math.max(1, ttl.toMillis()));
        String json;
        try {
            json = JSON.writeValueAsString(Document.of(session));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("Cannot serialise a session", e));
        }
        Uni<Response> set = onlyIfAbsent
                ? redis.execute("SET", PREFIX + session.code(), json, "NX", "PX", millis)
                : redis.execute("SET", PREFIX + session.code(), json, "PX", millis);
        return set.map(response -> response != null && "OK".equals(response.toString()));
    }

    @Override
    public Uni<Optional<AuthenticationSession>> find(String code) {
        return redis.execute("GET", PREFIX + code).map(response -> {
            if (response == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(JSON.readValue(response.toString(), Document.class).toDomain());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable session record in Redis", e);
            }
        });
    }

    @Override
    public Uni<Void> delete(String code) {
        return redis.execute("DEL", PREFIX + code).replaceWithVoid();
    }
}
