package dev.tvegate.kernel.mediatoken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a {@link MediaTokenVerifier} finds keys: a fixed set, or a JWKS URL (authz-service's
 * {@code /.well-known/media-token-jwks.json}) re-read every {@code refreshInterval} and, when a token names an unknown
 * {@code kid} (key rotation), at most once per {@code minRefetchInterval}. Keys are resolved only from this set; the
 * token's {@code kid} selects among them and nothing else (no {@code jku}/{@code x5u}).
 */
public abstract sealed class MediaTokenKeySet {

    /** @return the key with this id; empty if unknown (after a rate-limited refetch for URL sets) */
    abstract Optional<MediaTokenKey> find(String kid);

    /** @return whether {@link #find} would read the JWKS URL for this kid now (never for a fixed set) */
    abstract boolean needsFetch(String kid);

    /** A fixed set. */
    public static MediaTokenKeySet of(Collection<MediaTokenKey> keys) {
        return new Fixed(keys);
    }

    /** A fixed set read from JWKS JSON ({@code {"keys":[…]}}); keys that cannot verify media tokens are skipped. */
    public static MediaTokenKeySet fromJwksJson(String json) {
        return new Fixed(parseJwks(json));
    }

    /** A set read from a URL, refreshed every 10 minutes and on an unknown kid at most every 30 seconds. */
    public static MediaTokenKeySet fromUrl(URI jwksUrl) {
        return fromUrl(jwksUrl, Duration.ofMinutes(10), Duration.ofSeconds(30));
    }

    public static MediaTokenKeySet fromUrl(URI jwksUrl, Duration refreshInterval, Duration minRefetchInterval) {
        return new Remote(jwksUrl, refreshInterval, minRefetchInterval, Clock.systemUTC());
    }

    /** @return a JWKS document ({@code {"keys":[…]}}) publishing these keys */
    public static String toJwksJson(Collection<MediaTokenKey> keys) {
        ObjectNode root = MediaTokenFormat.JSON.createObjectNode();
        ArrayNode array = root.putArray("keys");
        keys.forEach(k -> array.add(k.toJwk()));
        return root.toString();
    }

    /** @return the usable keys of a JWKS document; unusable ones are skipped (logged at FINE) */
    public static List<MediaTokenKey> parseJwks(String json) {
        JsonNode root;
        try {
            root = MediaTokenFormat.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JWKS document: " + e.getMessage(), e);
        }
        JsonNode keys = root == null ? null : root.get("keys");
        if (keys == null || !keys.isArray()) {
            throw new IllegalArgumentException("not a JWKS document: no keys array");
        }
        List<MediaTokenKey> out = new java.util.ArrayList<>();
        for (JsonNode jwk : keys) {
            try {
                out.add(MediaTokenKey.fromJwk(jwk));
            } catch (IllegalArgumentException e) {
                Remote.LOG.log(Level.FINE, "JWK skipped: {0}", e.getMessage());
            }
        }
        return out;
    }

    static final class Fixed extends MediaTokenKeySet {
        private final Map<String, MediaTokenKey> keys = new LinkedHashMap<>();

        Fixed(Collection<MediaTokenKey> keys) {
            keys.forEach(k -> this.keys.put(k.kid(), k));
        }

        @Override
        Optional<MediaTokenKey> find(String kid) {
            return Optional.ofNullable(keys.get(kid));
        }

        @Override
        boolean needsFetch(String kid) {
            return false;
        }
    }

    static final class Remote extends MediaTokenKeySet {
        static final Logger LOG = Logger.getLogger(MediaTokenKeySet.class.getName());

        private final URI url;
        private final long refreshMillis;
        private final long minRefetchMillis;
        private final Clock clock;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final ReentrantLock lock = new ReentrantLock();
        private volatile Map<String, MediaTokenKey> keys;
        private volatile long fetchedAt;

        Remote(URI url, Duration refreshInterval, Duration minRefetchInterval, Clock clock) {
            this.url = url;
            this.refreshMillis = refreshInterval.toMillis();
            this.minRefetchMillis = minRefetchInterval.toMillis();
            this.clock = clock;
        }

        @Override
        Optional<MediaTokenKey> find(String kid) {
            Map<String, MediaTokenKey> current = keys;
            if (needsFetch(current, kid)) {
                current = refresh(current);
            }
            return Optional.ofNullable(current.get(kid));
        }

        @Override
        boolean needsFetch(String kid) {
            return needsFetch(keys, kid);
        }

        private boolean needsFetch(Map<String, MediaTokenKey> current, String kid) {
            long now = clock.millis();
            return current == null || now - fetchedAt >= refreshMillis
                    || (!current.containsKey(kid) && now - fetchedAt >= minRefetchMillis);
        }

        private Map<String, MediaTokenKey> refresh(Map<String, MediaTokenKey> seen) {
            lock.lock();
            try {
                if (keys != seen && keys != null) {
                    return keys; // another thread refreshed meanwhile
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url)
                            .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IOException("HTTP " + response.statusCode() + " from " + url);
                    }
                    Map<String, MediaTokenKey> fresh = new LinkedHashMap<>();
                    parseJwks(response.body()).forEach(k -> fresh.put(k.kid(), k));
                    keys = fresh;
                    fetchedAt = clock.millis();
                    return fresh;
                } catch (IOException | RuntimeException e) {
                    if (seen != null) {
                        LOG.log(Level.WARNING, "media-token JWKS refresh failed, keeping the previous keys: {0}",
                                e.toString());
                        fetchedAt = clock.millis(); // do not hammer the URL
                        return seen;
                    }
                    throw new UncheckedIOException(new IOException("cannot read the media-token JWKS " + url, e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException(new IOException("interrupted reading " + url, e));
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
