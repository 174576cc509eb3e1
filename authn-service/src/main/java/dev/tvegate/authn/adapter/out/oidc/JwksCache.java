package dev.tvegate.authn.adapter.out.oidc;

import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import io.smallrye.mutiny.Uni;

/**
 * The MVPDs' signing keys, per JWKS URI. A set is fetched when first needed and again after {@code ttl}; a token
 * whose {@code kid} is not in the cached set (the MVPD rotated its key) triggers one refetch, at most once per
 * {@code minRefetchInterval} per URI, so that tokens with made-up key ids cannot make TVE Gate hammer the MVPD. When a
 * refresh fails, the previous set keeps serving.
 */
final class JwksCache {

    private static final Logger LOG = Logger.getLogger(JwksCache.class);

    private record Entry(List<JsonWebKey> keys, long fetchedAt) {
    }

    private final Function<String, Uni<String>> fetcher;
    private final long ttlMillis;
    private final long minRefetchMillis;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    JwksCache(Function<String, Uni<String>> fetcher, Duration ttl, Duration minRefetchInterval, Clock clock) {
        this.fetcher = fetcher;
        this.ttlMillis = ttl.toMillis();
        this.minRefetchMillis = minRefetchInterval.toMillis();
        this.clock = clock;
    }

    /** @return the key that verifies {@code jws}, refetching the set once if it is not there; empty if none */
    Uni<Optional<Key>> keyFor(String jwksUri, JsonWebSignature jws) {
        return keys(jwksUri, false).flatMap(keys -> {
            Optional<Key> key = IdTokenVerifier.select(jws, keys);
            if (key.isPresent() || !mayRefetch(jwksUri)) {
                return Uni.createFrom().item(key);
            }
            LOG.debugf("kid %s not in the JWKS of %s: fetching it again", jws.getKeyIdHeaderValue(), jwksUri);
            return keys(jwksUri, true).map(fresh -> IdTokenVerifier.select(jws, fresh));
        });
    }

    private boolean mayRefetch(String jwksUri) {
        Entry entry = entries.get(jwksUri);
        return entry == null || clock.millis() - entry.fetchedAt() >= minRefetchMillis;
    }

    private Uni<List<JsonWebKey>> keys(String jwksUri, boolean force) {
        Entry cached = entries.get(jwksUri);
        if (!force && cached != null && clock.millis() - cached.fetchedAt() < ttlMillis) {
            return Uni.createFrom().item(cached.keys());
        }
        return fetcher.apply(jwksUri)
                .map(JwksCache::parse)
                .invoke(keys -> entries.put(jwksUri, new Entry(keys, clock.millis())))
                .onFailure().recoverWithUni(e -> {
                    if (cached == null) {
                        return Uni.createFrom().failure(e);
                    }
                    LOG.warnf("JWKS of %s could not be refreshed (%s); using the copy from %d s ago", jwksUri, e,
                            (clock.millis() - cached.fetchedAt()) / 1000);
                    // remember the attempt, so that a broken MVPD is not asked again for every token
                    entries.put(jwksUri, new Entry(cached.keys(), clock.millis()));
                    return Uni.createFrom().item(cached.keys());
                });
    }

    static List<JsonWebKey> parse(String json) {
        try {
            return List.copyOf(new JsonWebKeySet(json).getJsonWebKeys());
        } catch (JoseException | RuntimeException e) {
            throw new OidcExceptions.InvalidResponse("JWKS is not a JSON Web Key Set", e);
        }
    }
}
