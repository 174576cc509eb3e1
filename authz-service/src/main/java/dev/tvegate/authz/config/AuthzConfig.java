package dev.tvegate.authz.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Every {@code tvegate.authz.*} knob; each is listed in the README's configuration table. */
@ConfigMapping(prefix = "tvegate.authz")
public interface AuthzConfig {

    /** The public base URL of this service ({@code iss} of media tokens). */
    @WithDefault("http://localhost:8083")
    String publicUrl();

    /** Base URL of registration-service (configuration, token endpoint, JWKS). */
    @WithDefault("http://localhost:8081")
    String registrationUrl();

    /** {@code iss} of registration's access tokens. */
    @WithDefault("http://localhost:8081")
    String registrationIssuer();

    /** Base URL of authn-service (internal profile look-up). */
    @WithDefault("http://localhost:8082")
    String authnUrl();

    /** authz's own client credentials at registration (scope {@code internal}). */
    ServiceClient serviceClient();

    /** How long a service provider's configuration is served from the cache before it is fetched again. */
    @WithDefault("PT2M")
    Duration configCacheTtl();

    /** How long "this service provider does not exist" is remembered. */
    @WithDefault("PT10S")
    Duration configNegativeCacheTtl();

    /** Resources per authorize request (spec §4.7: "typically 1"). */
    @WithDefault("1")
    int authorizeMaxResources();

    MediaTokens mediaToken();

    DecisionCache decisionCache();

    Mvpd mvpd();

    V1 v1();

    ProfileCache profileCache();

    interface ProfileCache {
        /** How long a found profile is reused without asking authn (0 = off); logouts invalidate it at once. */
        @WithDefault("PT10S")
        Duration ttl();
    }

    interface V1 {
        /** How long an expired v1 AuthZ token is remembered, so that {@code tokens/authz} answers 410, not 404. */
        @WithDefault("P7D")
        Duration expiredTokenMemory();
    }

    /** Spec §7 throttling of the public paths. */
    Throttle throttle();

    interface Throttle {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("1.0")
        double ratePerSecond();

        @WithDefault("10")
        int burst();

        /** How long an idle client's bucket is remembered (bounds how "one-time" the burst is). */
        @WithDefault("PT6H")
        Duration idleExpiry();

        /** Redis must answer within this time, else the request passes (fail open). */
        @WithDefault("PT0.2S")
        Duration storeTimeout();
    }

    interface ServiceClient {
        @WithDefault("tvegate-internal")
        String id();

        /** No default outside %dev/%test: production must provide it (a secret). */
        Optional<String> secret();
    }

    interface MediaTokens {
        /** Lifetime of a media token (spec §8.2: 7 minutes). */
        @WithDefault("PT7M")
        Duration ttl();

        /** Algorithm of a generated development key (ES256 or RS256); keys read from files follow their type. */
        @WithDefault("ES256")
        String algorithm();

        Keys keys();

        interface Keys {
            /**
             * Directory of PKCS#8 PEM private keys {@code <kid>.pem} (EC P-256 → ES256, RSA ≥ 2048 → RS256). All are
             * published in the JWKS; the signing one is {@code signing-kid}, else the last by name.
             */
            Optional<String> dir();

            /** The kid that signs; empty: the last file name in sort order (name keys by date to rotate). */
            @WithName("signing-kid")
            Optional<String> signingKid();
        }
    }

    interface DecisionCache {
        /** Redis must answer a cache read within this time, else the MVPD is asked (and a write is skipped). */
        @WithDefault("PT0.2S")
        Duration timeout();
    }

    interface Mvpd {
        /** TCP connect timeout towards MVPD entitlement endpoints (the overall limit is the @Timeout). */
        @WithDefault("PT1S")
        Duration connectTimeout();

        @WithDefault("50")
        int maxConnectionsPerHost();

        /** Fault tolerance of each MVPD's entitlement calls (one guard and breaker per MVPD). */
        Guard guard();

        interface Guard {
            /** Overall limit of one attempt. */
            @WithDefault("PT2S")
            Duration timeout();

            /** Retries of a failed attempt (idempotent read); never on an open breaker. */
            @WithDefault("1")
            int maxRetries();

            @WithDefault("PT0.05S")
            Duration retryDelay();

            /** Rolling window of the breaker. */
            @WithDefault("10")
            int requestVolumeThreshold();

            @WithDefault("0.5")
            double failureRatio();

            /** How long the breaker stays open before a trial call. */
            @WithDefault("PT15S")
            Duration breakerDelay();

            @WithDefault("2")
            int successThreshold();

            @WithDefault("100")
            int bulkhead();

            @WithDefault("400")
            int bulkheadQueue();
        }
    }
}
