package dev.tvegate.authn.domain.service;

import java.util.Map;

import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.kernel.code.Secrets;

/**
 * Profiles granted by the AuthNAll degradation rule (spec §4.6): no MVPD is asked; the profile lives for the
 * integration's AuthN TTL and its {@code userID} carries Adobe's degraded prefix {@value #USER_ID_PREFIX}, followed by
 * a stable hash of the key and MVPD (the same device gets the same user id every time).
 */
public final class DegradedProfiles {

    /** The {@code userID} prefix of degraded profiles, as Adobe Pass emits it. */
    public static final String USER_ID_PREFIX = "95cf93bcd183214a";

    private DegradedProfiles() {
    }

    /**
     * @param issuer the platform issuer ({@code tvegate.authn.platform-issuer})
     * @param code the authentication code the profile answers on {@code /profiles/code/{code}}, may be null
     */
    public static Profile create(ProfileKey key, IntegrationConfig integration, String issuer, long nowMillis,
            String code) {
        String userId = USER_ID_PREFIX + Secrets.sha256Hex(key.hash() + "\n" + integration.mvpdId()).substring(0, 32);
        return new Profile(integration.mvpdId(), key, ProfileType.DEGRADED, issuer, nowMillis,
                nowMillis + Math.max(1, integration.authnTtlSeconds()) * 1000,
                Map.of(Profile.USER_ID, ProfileAttribute.plain(userId)), code, null);
    }
}
