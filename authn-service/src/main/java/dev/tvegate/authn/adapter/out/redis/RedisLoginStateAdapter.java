package dev.tvegate.authn.adapter.out.redis;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.tvegate.authn.application.port.out.LoginStatePort;
import dev.tvegate.authn.domain.model.LoginState;
import dev.tvegate.kernel.code.Secrets;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * MVPD logins in flight: {@code authn:login:<sha256(state)>} (the state itself is a bearer value, so only its hash
 * names the key), {@code SET … PX}, read once with {@code GETDEL} so that a replayed callback finds nothing.
 */
@ApplicationScoped
public class RedisLoginStateAdapter implements LoginStatePort {

    static final String PREFIX = "authn:login:";

    private final ReactiveRedisDataSource redis;

    public RedisLoginStateAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    @RegisterForReflection
    record Document(String code, String serviceProvider, String mvpd, String nonce, String pkceVerifier,
            String redirectUrl, long createdAt) {
        static Document of(LoginState l) {
            return new Document(l.code(), l.serviceProvider(), l.mvpd(), l.nonce(), l.pkceVerifier(),
                    l.redirectUrl(), l.createdAt());
        }

        LoginState toDomain() {
            return new LoginState(code, serviceProvider, mvpd, nonce, pkceVerifier, redirectUrl, createdAt);
        }
    }

    @Override
    public Uni<Void> save(String state, LoginState login, Duration ttl) {
        String json;
        try {
            json = RedisSessionStoreAdapter.JSON.writeValueAsString(Document.of(login));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("Cannot serialise a login state", e));
        }
        return redis.execute("SET", key(state), json, "PX", Long.toString(Math.max(1, ttl.toMillis())))
                .replaceWithVoid();
    }

    @Override
    public Uni<Optional<LoginState>> take(String state) {
        if (state == null || state.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return redis.execute("GETDEL", key(state)).map(response -> {
            if (response == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(RedisSessionStoreAdapter.JSON.readValue(response.toString(), Document.class)
                        .toDomain());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable login state in Redis", e);
            }
        });
    }

    private static String key(String state) {
        return PREFIX + Secrets.sha256Hex(state);
    }
}
