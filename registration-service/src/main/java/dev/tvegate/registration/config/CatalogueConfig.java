package dev.tvegate.registration.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the catalogue side of registration-service (secrets at rest, demo tenant). */
@ConfigMapping(prefix = "tvegate.registration")
public interface CatalogueConfig {

    /**
     * Base64 of the 32-byte AES-256 key that seals secrets at rest (MVPD client secrets, legacy private keys). When
     * absent the service generates one at start-up and warns: sealed secrets then do not survive a restart.
     */
    Optional<String> secretsKey();

    /** The demo tenant loader used by the local-run script. */
    Demo demo();

    interface Demo {
        /** Load {@code demo/demo-tenant.json} at start-up if its service provider does not exist yet. */
        @WithDefault("false")
        boolean enabled();

        /** Where the demo application's software statement is written. */
        @WithDefault("target/demo-software-statement.jwt")
        String statementFile();
    }
}
