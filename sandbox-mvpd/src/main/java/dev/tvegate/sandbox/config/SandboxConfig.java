package dev.tvegate.sandbox.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Every {@code tvegate.sandbox.*} key; each is listed in the module README. */
@ConfigMapping(prefix = "tvegate.sandbox")
public interface SandboxConfig {

    /** The issuer identifier and base URL of the endpoints in discovery. */
    @WithDefault("http://localhost:8090")
    String issuer();

    /** The MVPD's display name on the login page. */
    @WithDefault("Sandbox TV")
    String mvpdName();

    /** A PKCS#8 PEM RSA private key; when absent a 2048-bit key is generated at start-up. */
    Optional<Path> keyFile();

    /** The users file; when absent the demo {@code sandbox-users.json} on the classpath. */
    Optional<Path> usersFile();

    /** Authorization code lifetime. */
    @WithDefault("60s")
    Duration codeTtl();

    /** Access token lifetime ({@code expires_in}). */
    @WithDefault("1h")
    Duration accessTokenTtl();

    /** ID token lifetime. */
    @WithDefault("1h")
    Duration idTokenTtl();

    /** How long a login form stays valid. */
    @WithDefault("10m")
    Duration loginRequestTtl();

    /** The {@code ttl} returned with entitlement decisions. */
    @WithDefault("3600s")
    Duration entitlementTtl();

    /** How many live codes, tokens or pending forms each in-memory store holds at most. */
    @WithDefault("100000")
    int storeCapacity();

    Lockout lockout();

    Control control();

    /** The registered clients by {@code client_id}. */
    Map<String, ClientConfig> clients();

    interface Lockout {
        /** Failed logins for one user name that lock it. */
        @WithDefault("5")
        int maxFailures();

        /** The window the failures are counted in, and how long the lock lasts. */
        @WithDefault("15m")
        Duration window();
    }

    interface Control {
        /** Whether {@code /_control/faults} exists. */
        @WithDefault("true")
        boolean enabled();

        /** When set, the control API requires {@code Authorization: Bearer <token>}. */
        Optional<String> token();
    }

    interface ClientConfig {
        /** The client secret. */
        String secret();

        /** Display name; the client id when absent. */
        Optional<String> name();

        /** Registered redirect URIs (exact match). */
        List<String> redirectUris();

        /** Registered post-logout redirect URIs (exact match). */
        Optional<List<String>> postLogoutRedirectUris();
    }
}
