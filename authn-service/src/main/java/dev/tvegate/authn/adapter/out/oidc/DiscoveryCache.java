package dev.tvegate.authn.adapter.out.oidc;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * Discovery documents per issuer, kept for {@code ttl} (10 minutes by default) so that a sign-in costs no discovery
 * round trip. When a refresh fails the previous document keeps serving (endpoints rarely move; the failure is logged).
 * A document whose {@code issuer} is not the configured issuer is refused (OpenID Connect Discovery 1.0 §4.3): it would
 * let another provider's ID tokens pass.
 */
final class DiscoveryCache {

    private static final Logger LOG = Logger.getLogger(DiscoveryCache.class);
    static final String WELL_KNOWN = "/.well-known/openid-configuration";

    private record Entry(ProviderMetadata metadata, long fetchedAt) {
    }

    private final Function<String, Uni<ProviderMetadata>> fetcher;
    private final long ttlMillis;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** @param fetcher discovery URL → document */
    DiscoveryCache(Function<String, Uni<ProviderMetadata>> fetcher, Duration ttl, Clock clock) {
        this.fetcher = fetcher;
        this.ttlMillis = ttl.toMillis();
        this.clock = clock;
    }

    /** @return the provider metadata of {@code issuer} */
    Uni<ProviderMetadata> metadata(String issuer) {
        Entry cached = entries.get(issuer);
        if (cached != null && clock.millis() - cached.fetchedAt() < ttlMillis) {
            return Uni.createFrom().item(cached.metadata());
        }
        return fetcher.apply(discoveryUrl(issuer))
                .map(metadata -> {
                    if (!sameIssuer(metadata.issuer(), issuer)) {
                        throw new OidcExceptions.Misconfigured("discovery of " + issuer + " names issuer "
                                + metadata.issuer());
                    }
                    entries.put(issuer, new Entry(metadata, clock.millis()));
                    return metadata;
                })
                .onFailure(e -> cached != null && !(e instanceof OidcExceptions.Misconfigured))
                .recoverWithItem(e -> {
                    LOG.warnf("discovery of %s could not be refreshed (%s); using the copy from %d s ago", issuer, e,
                            (clock.millis() - cached.fetchedAt()) / 1000);
                    entries.put(issuer, new Entry(cached.metadata(), clock.millis()));
                    return cached.metadata();
                });
    }

    static String discoveryUrl(String issuer) {
        return withoutTrailingSlash(issuer) + WELL_KNOWN;
    }

    /** The issuer must match exactly; a trailing slash in TVE Gate's configuration is forgiven. */
    static boolean sameIssuer(String discovered, String configured) {
        return discovered.equals(configured) || discovered.equals(withoutTrailingSlash(configured));
    }

    private static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
