package dev.tvegate.registration.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Security settings of registration-service: signing keys, access tokens, service clients, throttling. Every key is
 * listed in the README's configuration table.
 */
@ConfigMapping(prefix = "tvegate.registration")
public interface SecurityConfig {

    /** {@code iss} of access tokens and software statements: the service's public base URL. */
    @WithDefault("http://localhost:8081")
    String issuer();

    /** Lifetime of an access token ({@code expires_in}); Adobe's samples use 6 h. */
    @WithDefault("PT6H")
    Duration accessTokenTtl();

    /**
     * How long the token endpoint reuses an application look-up: the longest time a revoked application's clients can
     * still obtain tokens. {@code PT0S} disables the cache.
     */
    @WithDefault("PT2S")
    Duration applicationCacheTtl();

    Keys keys();

    /**
     * Clients of the suite itself (other TVE Gate services, the admin bootstrap), keyed by client id:
     * {@code tvegate.registration.service-clients."<client-id>".secret-sha256=<hex>}.
     */
    Map<String, ServiceClient> serviceClients();

    Throttle throttle();

    Legacy legacy();

    /** RSA signing keys (JWKS rotation). */
    interface Keys {
        /**
         * Directory of {@code <kid>.pem} PKCS#8 RSA private keys (≥ 2048 bits). Every key found is published in the
         * JWKS; {@link #currentKid()} signs. Without it the service generates a throw-away development key.
         */
        Optional<String> dir();

        /** The kid that signs new tokens; defaults to the greatest kid in lexical order (name keys by date). */
        Optional<String> currentKid();
    }

    /** A service client provisioned by configuration. */
    interface ServiceClient {
        /** Lower-case hex SHA-256 of the client secret (e.g. {@code printf %s "$SECRET" | sha256sum}). */
        String secretSha256();

        /** Granted scopes (required): {@code admin}, {@code internal}, {@code api:client:v2}. */
        List<String> scopes();

        /** Service providers the client may act for ({@code sp} claim); {@code *} = all; default none. */
        Optional<List<String>> serviceProviders();
    }

    /** Per-client-IP token bucket of spec §7, shared through Redis. */
    interface Throttle {
        @WithDefault("true")
        boolean enabled();

        /** Steady refill rate (requests per second). */
        @WithDefault("1.0")
        double ratePerSecond();

        /** One-time initial burst granted at a client's first request. */
        @WithDefault("10")
        int burst();

        /**
         * How long Redis keeps an idle client's bucket. A forgotten bucket grants the burst again, so this bounds how
         * "one-time" the burst is.
         */
        @WithDefault("PT1H")
        Duration idleExpiry();

        /** Longest wait for Redis before the request is let through unthrottled (fail open). */
        @WithDefault("PT0.25S")
        Duration redisTimeout();
    }

    /** The legacy v1 signed-requestor scheme (spec §1.4). */
    interface Legacy {
        /** Largest accepted distance between {@code request_time} and the server clock. */
        @WithDefault("PT5M")
        Duration requestTimeWindow();
    }
}
