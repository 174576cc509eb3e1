package dev.tvegate.authn.adapter.out.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.config.AuthnConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.support.redis.RedisScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Profiles in Redis, expired by Redis at {@code notAfter}:
 * <ul>
 * <li>{@code authn:profile:<keyhash>:<mvpd>}: the profile as JSON, {@code PX = notAfter - now};</li>
 * <li>{@code authn:profiles:<keyhash>}: a set of the key's MVPD ids (expires with its longest-lived profile);</li>
 * <li>{@code authn:profile-code:<code>}: a copy of the profile, so that the second-screen polling endpoint answers
 * with one {@code GET};</li>
 * <li>{@code authn:profile-last:<keyhash>}: the latest {@code notAfter} of the key's profiles, kept
 * {@code tvegate.authn.v1.expired-token-memory} (7 days) beyond it, so that v1 can tell "expired" (410) from "never
 * authenticated" (404); a delete that empties the key forgets it.</li>
 * </ul>
 * {@code <keyhash>} is {@link ProfileKey#hash()}: no raw device id appears in a key. Save, list and delete each run as
 * one Lua script (one round trip, atomic). A delete publishes the key hash on channel {@value #LOGOUT_CHANNEL} so that
 * authz can drop what it cached for that key.
 * <p>
 * The scripts derive the code keys from the stored documents, so this layout assumes a single Redis primary (or
 * Sentinel), not Redis Cluster.
 */
@ApplicationScoped
public class RedisProfileStoreAdapter implements ProfileStorePort {

    static final String PROFILE_PREFIX = "authn:profile:";
    static final String INDEX_PREFIX = "authn:profiles:";
    static final String CODE_PREFIX = "authn:profile-code:";
    static final String LAST_NOT_AFTER_PREFIX = "authn:profile-last:";
    public static final String LOGOUT_CHANNEL = "authn:logout";

    /**
     * KEYS: profile, index, last-notAfter memory. ARGV: json, ttl ms, mvpd, code ('' = none), code prefix, notAfter,
     * memory ms (how long the memory outlives notAfter).
     */
    private static final RedisScript SAVE = new RedisScript("""
            local old = redis.call('GET', KEYS[1])
            if old then
              local ok, doc = pcall(cjson.decode, old)
              if ok and type(doc) == 'table' and type(doc.code) == 'string' and doc.code ~= ARGV[4] then
                redis.call('DEL', ARGV[5] .. doc.code)
              end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('SADD', KEYS[2], ARGV[3])
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then
              redis.call('PEXPIRE', KEYS[2], ARGV[2])
            end
            if ARGV[4] ~= '' then
              redis.call('SET', ARGV[5] .. ARGV[4], ARGV[1], 'PX', ARGV[2])
            end
            local last = redis.call('GET', KEYS[3])
            if not last or tonumber(last) < tonumber(ARGV[6]) then
              redis.call('SET', KEYS[3], ARGV[6], 'PX', tonumber(ARGV[2]) + tonumber(ARGV[7]))
            end
            return 1
            """);

    /** KEYS: index. ARGV: profile key prefix. Returns the live documents; prunes index entries that expired. */
    private static final RedisScript FIND_ALL = new RedisScript("""
            local out = {}
            for _, m in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              local doc = redis.call('GET', ARGV[1] .. m)
              if doc then
                table.insert(out, doc)
              else
                redis.call('SREM', KEYS[1], m)
              end
            end
            return out
            """);

    /**
     * KEYS: index, last-notAfter memory. ARGV: profile key prefix, code prefix, mvpd ('' = all), channel, key hash.
     * A key left without profiles forgets its last notAfter (a logout is not an expiry).
     */
    private static final RedisScript DELETE = new RedisScript("""
            local mvpds
            if ARGV[3] == '' then mvpds = redis.call('SMEMBERS', KEYS[1]) else mvpds = {ARGV[3]} end
            local deleted = {}
            for _, m in ipairs(mvpds) do
              local doc = redis.call('GET', ARGV[1] .. m)
              if doc then
                table.insert(deleted, doc)
                local ok, d = pcall(cjson.decode, doc)
                if ok and type(d) == 'table' and type(d.code) == 'string' then
                  redis.call('DEL', ARGV[2] .. d.code)
                end
                redis.call('DEL', ARGV[1] .. m)
              end
              redis.call('SREM', KEYS[1], m)
            end
            if #deleted > 0 then
              redis.call('PUBLISH', ARGV[4], ARGV[5])
            end
            if redis.call('SCARD', KEYS[1]) == 0 then
              redis.call('DEL', KEYS[2])
            end
            return deleted
            """);

    private final ReactiveRedisDataSource redis;
    private final Clock clock;
    private final Duration expiryMemory;

    @Inject
    public RedisProfileStoreAdapter(ReactiveRedisDataSource redis, AuthnConfig config) {
        this(redis, Clock.systemUTC(), config.v1().expiredTokenMemory());
    }

    RedisProfileStoreAdapter(ReactiveRedisDataSource redis, Clock clock, Duration expiryMemory) {
        this.redis = redis;
        this.clock = clock;
        this.expiryMemory = expiryMemory;
    }

    /** The stored form. {@code deviceId} is kept so that a record read back is a complete profile. */
    @RegisterForReflection
    record Document(String mvpd, String clientId, String deviceId, String serviceProvider, String type,
            String issuer, long notBefore, long notAfter, Map<String, AttributeDocument> attributes, String code,
            String idTokenHint) {

        static Document of(Profile p) {
            Map<String, AttributeDocument> attributes = new LinkedHashMap<>();
            p.attributes().forEach((k, v) -> attributes.put(k, new AttributeDocument(v.value(), v.state())));
            return new Document(p.mvpd(), p.key().clientId(), p.key().deviceId(), p.key().serviceProvider(),
                    p.type().wire(), p.issuer(), p.notBefore(), p.notAfter(), attributes, p.code(),
                    p.idTokenHint());
        }

        Profile toDomain() {
            Map<String, ProfileAttribute> attrs = new LinkedHashMap<>();
            if (attributes != null) {
                attributes.forEach((k, v) -> attrs.put(k, new ProfileAttribute(v.value(), v.state())));
            }
            return new Profile(mvpd, new ProfileKey(clientId, deviceId, serviceProvider), ProfileType.fromWire(type),
                    issuer, notBefore, notAfter, attrs, code, idTokenHint);
        }
    }

    @RegisterForReflection
    record AttributeDocument(Object value, String state) {
    }

    @Override
    public Uni<Void> save(Profile profile) {
        long ttl = profile.notAfter() - clock.millis();
        if (ttl <= 0) {
            return Uni.createFrom().voidItem(); // already expired: nothing to keep
        }
        String hash = profile.key().hash();
        String json;
        try {
            json = RedisSessionStoreAdapter.JSON.writeValueAsString(Document.of(profile));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("Cannot serialise a profile", e));
        }
        return SAVE.run(redis,
                List.of(PROFILE_PREFIX + hash + ":" + profile.mvpd(), INDEX_PREFIX + hash,
                        LAST_NOT_AFTER_PREFIX + hash),
                List.of(json, Long.toString(ttl), profile.mvpd(), profile.code() == null ? "" : profile.code(),
                        CODE_PREFIX, Long.toString(profile.notAfter()), Long.toString(expiryMemory.toMillis())))
                .replaceWithVoid();
    }

    @Override
    public Uni<List<Profile>> findAll(ProfileKey key) {
        String hash = key.hash();
        return FIND_ALL.run(redis, List.of(INDEX_PREFIX + hash), List.of(PROFILE_PREFIX + hash + ":"))
                .map(this::liveProfiles);
    }

    @Override
    public Uni<Optional<Profile>> find(ProfileKey key, String mvpd) {
        return redis.execute("GET", PROFILE_PREFIX + key.hash() + ":" + mvpd).map(this::liveProfile);
    }

    @Override
    public Uni<Optional<Profile>> findByCode(String code) {
        return redis.execute("GET", CODE_PREFIX + code).map(this::liveProfile);
    }

    @Override
    public Uni<List<Profile>> delete(ProfileKey key, String mvpd) {
        String hash = key.hash();
        return DELETE.run(redis, List.of(INDEX_PREFIX + hash, LAST_NOT_AFTER_PREFIX + hash),
                List.of(PROFILE_PREFIX + hash + ":", CODE_PREFIX,
                        mvpd == null ? "" : mvpd, LOGOUT_CHANNEL, hash))
                .map(response -> {
                    List<Profile> deleted = new ArrayList<>();
                    if (response != null) {
                        response.forEach(doc -> deleted.add(read(doc.toString())));
                    }
                    return deleted;
                });
    }

    @Override
    public Uni<Optional<Long>> lastNotAfter(ProfileKey key) {
        return redis.execute("GET", LAST_NOT_AFTER_PREFIX + key.hash())
                .map(r -> r == null ? Optional.<Long> empty() : Optional.of(r.toLong()));
    }

    private List<Profile> liveProfiles(Response response) {
        List<Profile> out = new ArrayList<>();
        if (response != null) {
            long now = clock.millis();
            response.forEach(doc -> {
                Profile p = read(doc.toString());
                if (p.isValidAt(now)) {
                    out.add(p);
                }
            });
        }
        return out;
    }

    private Optional<Profile> liveProfile(Response response) {
        if (response == null) {
            return Optional.empty();
        }
        Profile p = read(response.toString());
        // Redis expires the key at notAfter; this guards the millisecond in between
        return p.isValidAt(clock.millis()) ? Optional.of(p) : Optional.empty();
    }

    static Profile read(String json) {
        try {
            return RedisSessionStoreAdapter.JSON.readValue(json, Document.class).toDomain();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable profile record in Redis", e);
        }
    }
}
