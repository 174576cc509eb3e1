package dev.tvegate.authn.domain.model;

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

    /** @return whether the MVPD is a TempPass pseudo-MVPD */
    public boolean isTempPass() {
        return mvpd.isTempPass();
    }
}
