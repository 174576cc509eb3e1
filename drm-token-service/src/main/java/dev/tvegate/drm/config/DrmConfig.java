package dev.tvegate.drm.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code tvegate.drm.*}: every key is documented in README.md (drm-token-service configuration). */
@ConfigMapping(prefix = "tvegate.drm")
public interface DrmConfig {

    /** {@code test} or {@code production}: the environment this deployment serves. */
    @WithDefault("production")
    String environment();

    /** Base of the license-acquisition URLs of {@code local} tokens. */
    @WithDefault("http://localhost:8084")
    String publicUrl();

    /** How long a customer read from PostgreSQL is reused on the hot path. */
    @WithDefault("PT10S")
    Duration customerCacheTtl();

    /** Base64 of the 32-byte AES-256-GCM key that seals secrets at rest; unset = random key (dev only, WARN). */
    Optional<String> secretsKey();

    Gate gate();

    ExpressPlay expressplay();

    Admin admin();

    interface Gate {
        /** authz-service's media-token JWKS. */
        String jwksUrl();
    }

    interface ExpressPlay {
        Hosts production();

        Hosts test();

        /** The HTTP client that calls the token hosts (the guard's timeout/breaker/bulkhead are fault-tolerance keys). */
        Client client();

        /** {@code tvegate.drm.expressplay.client.*}. */
        interface Client {
            /** How long opening a TCP/TLS connection to a token host may take. */
            @WithDefault("PT1S")
            Duration connectTimeout();

            /** Kept-alive connections per token host (the bulkhead bounds requests in flight anyway). */
            @WithDefault("50")
            int maxConnectionsPerHost();

            /**
             * A connection with no traffic for this long is closed: ends idle kept-alive connections and, as a
             * backstop, requests the guard's timeout has already abandoned.
             */
            @WithDefault("PT30S")
            Duration idleTimeout();
        }

        /** ExpressPlay's token-generation base URLs, one per DRM. */
        interface Hosts {
            String fpUrl();

            String wvUrl();

            String prUrl();
        }
    }

    /** The admin API ({@code /admin/v1/drm/…}): registration-service's RS256 access tokens with scope {@code admin}. */
    interface Admin {
        /** registration-service's base URL; its JWKS is {@code <url>/.well-known/jwks.json}. */
        String registrationUrl();

        /** The {@code iss} of registration's access tokens. */
        String registrationIssuer();
    }
}
