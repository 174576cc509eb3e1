package dev.tvegate.registration.domain.model;

import java.util.List;

/**
 * Protocol endpoints of an MVPD. For {@link MvpdProtocol#OIDC}: the issuer (discovery at
 * {@code issuer + "/.well-known/openid-configuration"}), the client TVE Gate is registered as at the MVPD, the scopes
 * to ask for, the REST entitlement endpoint (optional) and the end-session URL override (optional).
 *
 * @param clientSecret the MVPD client secret in clear inside the domain; stored encrypted at rest, never returned by
 *        the admin API (only {@link #hasClientSecret()}).
 */
public record MvpdEndpoints(String issuer, String clientId, String clientSecret, List<String> scopes,
        String entitlementUrl, String logoutUrl) {
    public MvpdEndpoints {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public static MvpdEndpoints none() {
        return new MvpdEndpoints(null, null, null, List.of(), null, null);
    }

    public boolean hasClientSecret() {
        return clientSecret != null && !clientSecret.isEmpty();
    }
}
