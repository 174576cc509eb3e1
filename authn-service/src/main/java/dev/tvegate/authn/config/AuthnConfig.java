package dev.tvegate.authn.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every {@code tvegate.authn.*} knob; each is listed in the README's configuration table. */
@ConfigMapping(prefix = "tvegate.authn")
public interface AuthnConfig {

    /**
     * The public base URL of this service as browsers and MVPDs see it (the OIDC callback is
     * {@code <public-url>/api/v2/authenticate/callback}).
     */
    @WithDefault("http://localhost:8082")
    String publicUrl();

    /** Base URL of registration-service (configuration, token endpoint, JWKS). */
    @WithDefault("http://localhost:8081")
    String registrationUrl();

    /** {@code iss} of registration's access tokens. */
    @WithDefault("http://localhost:8081")
    String registrationIssuer();

    /** authn's own client credentials at registration (scope {@code internal}). */
    ServiceClient serviceClient();

    /** How long a service provider's configuration is served from the cache before it is fetched again. */
    @WithDefault("PT2M")
    Duration configCacheTtl();

    /** How long "this service provider does not exist" is remembered. */
    @WithDefault("PT10S")
    Duration configNegativeCacheTtl();

    /** Lifetime of a v2 authentication session and its code (spec §8.2: 30 minutes). */
    @WithDefault("PT30M")
    Duration sessionTtl();

    /** Lifetime of an MVPD login in flight (OIDC state). */
    @WithDefault("PT10M")
    Duration loginStateTtl();

    /** {@code issuer} of degraded and temporary profiles (Adobe Pass answers {@code Adobe}; apps may test it). */
    @WithDefault("Adobe")
    String platformIssuer();

    /** Spec §7 throttling of the public paths. */
    Throttle throttle();

    interface ServiceClient {
        @WithDefault("tvegate-internal")
        String id();

        /** No default outside %dev/%test: production must provide it (a secret). */
        Optional<String> secret();
    }

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
}
