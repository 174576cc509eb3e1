package dev.tvegate.authz.adapter.out.authn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.Profile;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Optional in-process cache of <b>found</b> profiles ({@code tvegate.authz.profile-cache.ttl}, 0 = off), invalidated on
 * every replica when authn publishes a logout: authn deletes a profile and publishes the key hash (hex SHA-256 of
 * {@code clientId \n deviceId \n serviceProvider}) on Redis channel {@value #LOGOUT_CHANNEL}; each replica drops that
 * key's entries as the message arrives (milliseconds). Redis pub/sub is server-wide, so authz's own connection (db 3)
 * hears authn's (db 2). "No profile" is never cached, so a fresh sign-in is seen at once; an entry never outlives the
 * profile's {@code notAfter}. If the subscription is lost, entries still expire after the TTL: keep it short.
 */
@ApplicationScoped
public class ProfileCache {

    public static final String LOGOUT_CHANNEL = "authn:logout";
    private static final Logger LOG = Logger.getLogger(ProfileCache.class);
    private static final int MAX_KEYS = 100_000;

    private record Entry(Profile profile, long expiresAtMillis) {
    }

    private final long ttlMillis;
    private final ReactiveRedisDataSource redis;
    private final Map<String, Map<String, Entry>> byKey = new ConcurrentHashMap<>();
    /** The cache works only while the logout subscription is in place. */
    private volatile boolean subscribed;

    public ProfileCache(AuthzConfig config, ReactiveRedisDataSource redis) {
        this.ttlMillis = config.profileCache().ttl().toMillis();
        this.redis = redis;
    }

    void subscribe(@Observes StartupEvent event) {
        if (ttlMillis <= 0) {
            return;
        }
        redis.pubsub(String.class).subscribe(LOGOUT_CHANNEL, this::invalidate)
                .subscribe().with(s -> {
                    subscribed = true;
                    LOG.infof("profile cache on (%d ms), invalidated by %s", ttlMillis, LOGOUT_CHANNEL);
                }, e -> LOG.errorf("cannot subscribe to %s (%s): the profile cache stays off", LOGOUT_CHANNEL,
                        e.toString()));
    }

    public boolean enabled() {
        return ttlMillis > 0 && subscribed;
    }

    Optional<Profile> get(String serviceProvider, String mvpd, String clientId, String deviceId) {
        if (!enabled()) {
            return Optional.empty();
        }
        Map<String, Entry> entries = byKey.get(keyHash(clientId, deviceId, serviceProvider));
        Entry e = entries == null ? null : entries.get(mvpd);
        return e != null && e.expiresAtMillis() > System.currentTimeMillis() ? Optional.of(e.profile())
                : Optional.empty();
    }

    void put(String serviceProvider, String mvpd, String clientId, String deviceId, Profile profile) {
        if (!enabled()) {
            return;
        }
        if (byKey.size() >= MAX_KEYS) {
            byKey.clear();
        }
        long until = Math.min(System.currentTimeMillis() + ttlMillis, profile.notAfter());
        byKey.computeIfAbsent(keyHash(clientId, deviceId, serviceProvider), k -> new ConcurrentHashMap<>())
                .put(mvpd, new Entry(profile, until));
    }

    /** Drops every cached profile of a (client, device, SP) key hash. */
    public void invalidate(String keyHash) {
        if (keyHash != null && byKey.remove(keyHash.strip()) != null) {
            LOG.debugf("profile cache: logout of %s…", keyHash.length() > 8 ? keyHash.substring(0, 8) : keyHash);
        }
    }

    /** authn's ProfileKey hash. */
    public static String keyHash(String clientId, String deviceId, String serviceProvider) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((clientId + "\n" + deviceId + "\n" + serviceProvider).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Duration ttl() {
        return Duration.ofMillis(ttlMillis);
    }
}
