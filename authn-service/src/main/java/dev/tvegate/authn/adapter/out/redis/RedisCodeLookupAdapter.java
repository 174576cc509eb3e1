package dev.tvegate.authn.adapter.out.redis;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.tvegate.authn.application.port.out.CodeLookupPort;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.Profile;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * The polling read of {@code /profiles/code/{code}}: one {@code MGET} of {@code authn:session:<code>} and
 * {@code authn:profile-code:<code>}.
 */
@ApplicationScoped
public class RedisCodeLookupAdapter implements CodeLookupPort {

    private final ReactiveRedisDataSource redis;
    private final Clock clock = Clock.systemUTC();

    public RedisCodeLookupAdapter(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    @Override
    public Uni<CodeLookup> lookup(String code) {
        return redis.execute("MGET", RedisSessionStoreAdapter.PREFIX + code, RedisProfileStoreAdapter.CODE_PREFIX + code)
                .map(response -> new CodeLookup(session(response == null ? null : response.get(0)),
                        profile(response == null ? null : response.get(1))));
    }

    private static Optional<AuthenticationSession> session(Response value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RedisSessionStoreAdapter.JSON
                    .readValue(value.toString(), RedisSessionStoreAdapter.Document.class).toDomain());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable session record in Redis", e);
        }
    }

    private Optional<Profile> profile(Response value) {
        if (value == null) {
            return Optional.empty();
        }
        Profile p = RedisProfileStoreAdapter.read(value.toString());
        return p.isValidAt(clock.millis()) ? Optional.of(p) : Optional.empty();
    }
}
