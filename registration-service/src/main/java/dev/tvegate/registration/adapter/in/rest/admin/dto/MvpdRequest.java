package dev.tvegate.registration.adapter.in.rest.admin.dto;

import java.util.List;

/**
 * Body of {@code POST /admin/v1/mvpds} and {@code PUT /admin/v1/mvpds/{id}}. {@code endpoints} for protocol
 * {@code oidc}, {@code tempPass} for protocol {@code temppass}. On a PUT, an absent {@code endpoints.clientSecret}
 * keeps the stored secret.
 */
public record MvpdRequest(String id, String displayName, String logoUrl, String protocol, Endpoints endpoints,
        TempPass tempPass) {

    public record Endpoints(String issuer, String clientId, String clientSecret, List<String> scopes,
            String entitlementUrl, String logoutUrl) {
    }

    public record TempPass(Long ttlSeconds, Boolean promotional, Long resourceLimit, String identityKey) {
    }
}
