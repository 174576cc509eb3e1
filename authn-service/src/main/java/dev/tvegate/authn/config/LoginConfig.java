package dev.tvegate.authn.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The MVPD login ({@code tvegate.authn.login.*}); each key is listed in the README's configuration table. The
 * fault-tolerance limits of the MVPD calls are set with {@code quarkus.fault-tolerance."…OidcRemote/<method>".*}.
 */
@ConfigMapping(prefix = "tvegate.authn.login")
public interface LoginConfig {

    Oidc oidc();

    Http http();

    interface Oidc {
        /** How long an MVPD's discovery document is used before it is fetched again. */
        @WithDefault("PT10M")
        Duration discoveryCacheTtl();

        /** How long an MVPD's key set is used before it is fetched again (an unknown kid refetches earlier). */
        @WithDefault("PT10M")
        Duration jwksCacheTtl();

        /** An ID token with an unknown kid refetches the key set at most this often per MVPD. */
        @WithDefault("PT10S")
        Duration jwksMinRefetchInterval();
    }

    interface Http {
        /** TCP connect timeout towards MVPDs. */
        @WithDefault("PT2S")
        Duration connectTimeout();

        /** Longest silence while waiting for an MVPD's answer (the per-call @Timeout bounds the whole call). */
        @WithDefault("PT5S")
        Duration readTimeout();

        /** Connection pool size per MVPD host. */
        @WithDefault("20")
        int maxConnectionsPerHost();
    }
}
