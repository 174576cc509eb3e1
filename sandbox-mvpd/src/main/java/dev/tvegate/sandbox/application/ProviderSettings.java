package dev.tvegate.sandbox.application;

import java.time.Duration;
import java.util.List;

/**
 * The settings the use cases need, read from configuration by the wiring.
 *
 * @param issuer the issuer identifier (no trailing slash)
 * @param mvpdName the MVPD's display name
 * @param codeTtl authorization code lifetime
 * @param accessTokenTtl access token lifetime
 * @param idTokenTtl ID token lifetime
 * @param loginRequestTtl how long a login form stays valid
 * @param entitlementTtl how long a service provider may cache an entitlement decision
 */
public record ProviderSettings(String issuer, String mvpdName, Duration codeTtl, Duration accessTokenTtl,
        Duration idTokenTtl, Duration loginRequestTtl, Duration entitlementTtl) {

    /** The scopes the provider knows; others are ignored, as OpenID Connect Core §3.1.2.1 asks. */
    public static final List<String> SUPPORTED_SCOPES = List.of("openid", "profile", "email");

    public ProviderSettings {
        while (issuer.endsWith("/")) {
            issuer = issuer.substring(0, issuer.length() - 1);
        }
    }
}
