package dev.tvegate.registration.adapter.in.rest.admin.dto;

/**
 * Body of {@code PUT /admin/v1/service-providers/{sp}/integrations/{mvpd}}; absent settings take their defaults
 * (enabled, AuthN TTL 30 days, AuthZ TTL 24 h, degradation none, preflight 5, entitlement mode profile-claim).
 */
public record IntegrationRequest(Boolean enabled, Long authnTtlSeconds, Long authzTtlSeconds, String degradation,
        Boolean degradationOnBreakerOpen, Long preflightMaxResources, String entitlementMode) {
}
