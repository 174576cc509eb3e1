package dev.tvegate.authz.domain.model;

import java.util.Objects;

/**
 * An MVPD as configured in registration.
 *
 * @param id MVPD id
 * @param displayName name shown to users
 * @param logoUrl logo shown to users, may be null
 * @param protocol {@value #PROTOCOL_OIDC} or {@value #PROTOCOL_TEMPPASS}; selects the {@code MvpdLoginPort}
 * @param isTempPass whether this is a TempPass pseudo-MVPD (JSON {@code isTempPass})
 * @param endpoints OIDC endpoints; null for TempPass
 * @param tempPass the TempPass rule; null for real MVPDs
 */
public record MvpdConfig(String id, String displayName, String logoUrl, String protocol, boolean isTempPass,
        OidcEndpoints endpoints, TempPassConfig tempPass) {

    public static final String PROTOCOL_OIDC = "oidc";
    public static final String PROTOCOL_TEMPPASS = "temppass";

    public MvpdConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(protocol, "protocol");
    }
}
