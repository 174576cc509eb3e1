package dev.tvegate.authz.domain.model;

import java.util.List;

/**
 * How to reach an OpenID Connect MVPD.
 *
 * @param issuer the OIDC issuer (discovery at {@code <issuer>/.well-known/openid-configuration})
 * @param clientId TVE Gate's client id at the MVPD
 * @param clientSecret TVE Gate's client secret at the MVPD (never logged)
 * @param scopes scopes to ask for
 * @param entitlementUrl the MVPD's REST entitlement endpoint, may be null
 * @param logoutUrl end-session URL overriding discovery's {@code end_session_endpoint}, may be null
 */
public record OidcEndpoints(String issuer, String clientId, String clientSecret, List<String> scopes,
        String entitlementUrl, String logoutUrl) {

    public OidcEndpoints {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "OidcEndpoints[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***, scopes=" + scopes
                + ", entitlementUrl=" + entitlementUrl + ", logoutUrl=" + logoutUrl + "]";
    }
}
