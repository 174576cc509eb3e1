package dev.tvegate.registration.application.port.in;

import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.DegradationRule;
import dev.tvegate.registration.domain.model.EntitlementMode;
import dev.tvegate.registration.domain.model.Integration;
import dev.tvegate.registration.domain.service.CatalogueRules;

/**
 * Creates or replaces the integration of a service provider with an MVPD. Built with {@link #of}, which applies the
 * defaults (enabled, AuthN TTL 30 days, AuthZ TTL 24 h, degradation none, preflight 5, entitlements from the profile
 * claim) and checks the bounds of {@link CatalogueRules}.
 */
public record IntegrationCommand(String serviceProviderId, String mvpdId, boolean enabled, long authnTtlSeconds,
        long authzTtlSeconds, DegradationRule degradation, boolean degradationOnBreakerOpen, int preflightMaxResources,
        EntitlementMode entitlementMode) {

    /**
     * Validates raw input; {@code null} settings take their default.
     *
     * @throws ValidationException naming the first offending field
     */
    public static IntegrationCommand of(String serviceProviderId, String mvpdId, Boolean enabled, Long authnTtlSeconds,
            Long authzTtlSeconds, String degradation, Boolean degradationOnBreakerOpen, Long preflightMaxResources,
            String entitlementMode) {
        return new IntegrationCommand(serviceProviderId, mvpdId, enabled == null || enabled,
                CatalogueRules.range("authnTtlSeconds", authnTtlSeconds, CatalogueRules.AUTHN_TTL_MIN,
                        CatalogueRules.AUTHN_TTL_MAX, CatalogueRules.AUTHN_TTL_DEFAULT),
                CatalogueRules.range("authzTtlSeconds", authzTtlSeconds, CatalogueRules.AUTHZ_TTL_MIN,
                        CatalogueRules.AUTHZ_TTL_MAX, CatalogueRules.AUTHZ_TTL_DEFAULT),
                degradation(degradation), Boolean.TRUE.equals(degradationOnBreakerOpen),
                (int) CatalogueRules.range("preflightMaxResources", preflightMaxResources,
                        CatalogueRules.PREFLIGHT_MIN, CatalogueRules.PREFLIGHT_MAX, CatalogueRules.PREFLIGHT_DEFAULT),
                entitlementMode(entitlementMode));
    }

    private static DegradationRule degradation(String value) {
        if (value == null || value.isBlank()) {
            return DegradationRule.NONE;
        }
        try {
            return DegradationRule.fromWire(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("degradation", e.getMessage());
        }
    }

    private static EntitlementMode entitlementMode(String value) {
        if (value == null || value.isBlank()) {
            return EntitlementMode.PROFILE_CLAIM;
        }
        try {
            return EntitlementMode.fromWire(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("entitlementMode", e.getMessage());
        }
    }

    public Integration toIntegration() {
        return new Integration(serviceProviderId, mvpdId, enabled, authnTtlSeconds, authzTtlSeconds, degradation,
                degradationOnBreakerOpen, preflightMaxResources, entitlementMode);
    }
}
