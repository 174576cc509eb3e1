package dev.tvegate.authz.domain.model;

import java.util.Objects;

/**
 * One SP × MVPD integration.
 *
 * @param mvpdId the MVPD id
 * @param enabled a disabled integration behaves as if it did not exist (spec §4.1)
 * @param authnTtlSeconds profile lifetime
 * @param authzTtlSeconds decision lifetime
 * @param degradation {@value #DEGRADATION_NONE}, {@value #DEGRADATION_AUTHN_ALL}, {@code AuthZAll} or
 *        {@code AuthZNone}
 * @param degradationOnBreakerOpen apply the degradation rule only while the MVPD's breaker is open
 * @param preflightMaxResources preauthorize resource limit
 * @param entitlementMode how authz checks entitlements
 * @param mvpd the MVPD record
 */
public record IntegrationConfig(String mvpdId, boolean enabled, long authnTtlSeconds, long authzTtlSeconds,
        String degradation, boolean degradationOnBreakerOpen, int preflightMaxResources, String entitlementMode,
        MvpdConfig mvpd) {

    public static final String DEGRADATION_NONE = "none";
    public static final String DEGRADATION_AUTHN_ALL = "AuthNAll";

    public IntegrationConfig {
        Objects.requireNonNull(mvpdId, "mvpdId");
        Objects.requireNonNull(mvpd, "mvpd");
        degradation = degradation == null ? DEGRADATION_NONE : degradation;
    }

    /**
     * @return whether the AuthNAll rule applies unconditionally (an AuthNAll rule tied to an open breaker applies
     *         only when the MVPD login fails, which the login flow decides)
     */
    public boolean authnAllDegradationActive() {
        return DEGRADATION_AUTHN_ALL.equals(degradation) && !degradationOnBreakerOpen;
    }

    /** Entitlement modes: the profile's {@code entitlements} attribute, or the MVPD's REST entitlement endpoint. */
    public static final String ENTITLEMENT_PROFILE_CLAIM = "profile-claim";
    public static final String ENTITLEMENT_MVPD_ENDPOINT = "mvpd-endpoint";

    /** @return whether decisions come from the MVPD's entitlement endpoint (else from the profile claim) */
    public boolean entitlementFromMvpdEndpoint() {
        return ENTITLEMENT_MVPD_ENDPOINT.equals(entitlementMode);
    }

    /** @return the configured degradation rule */
    public DegradationRule degradationRule() {
        return DegradationRule.fromWire(degradation);
    }

    /** @return the MVPD's entitlement endpoint, or null */
    public String entitlementUrl() {
        return mvpd.endpoints() == null ? null : mvpd.endpoints().entitlementUrl();
    }

    /** @return whether the MVPD is a TempPass pseudo-MVPD */
    public boolean isTempPass() {
        return mvpd.isTempPass();
    }
}
