package dev.tvegate.registration.domain.model;

/**
 * The pairing of a service provider with an MVPD and its settings (spec §8.1 "Integration", TVE Dashboard).
 *
 * @param authnTtlSeconds lifetime of a profile created through this integration
 * @param authzTtlSeconds lifetime of a cached authorization decision
 * @param preflightMaxResources how many resources one preauthorize call may carry (spec §4.7, typically 5)
 * @param degradationOnBreakerOpen apply {@link #degradation()} automatically while the MVPD's circuit breaker is open
 */
public record Integration(String serviceProviderId, String mvpdId, boolean enabled, long authnTtlSeconds,
        long authzTtlSeconds, DegradationRule degradation, boolean degradationOnBreakerOpen,
        int preflightMaxResources, EntitlementMode entitlementMode) {
}
