package dev.tvegate.registration.adapter.out.persistence;

import jakarta.inject.Singleton;

import dev.tvegate.registration.domain.model.DegradationRule;
import dev.tvegate.registration.domain.model.EntitlementMode;
import dev.tvegate.registration.domain.model.Integration;

/** {@link Integration} ⇄ {@link IntegrationEntity}; enums are stored by their wire value. */
@Singleton
public class IntegrationMapper {

    public Integration toDomain(IntegrationEntity e) {
        return new Integration(e.getServiceProviderId(), e.getMvpdId(), e.isEnabled(), e.getAuthnTtlSeconds(),
                e.getAuthzTtlSeconds(), DegradationRule.fromWire(e.getDegradation()), e.isDegradationOnBreakerOpen(),
                e.getPreflightMaxResources(), EntitlementMode.fromWire(e.getEntitlementMode()));
    }

    /** Copies the domain state into a new or managed entity. */
    public void copyInto(Integration i, IntegrationEntity e) {
        e.setServiceProviderId(i.serviceProviderId());
        e.setMvpdId(i.mvpdId());
        e.setEnabled(i.enabled());
        e.setAuthnTtlSeconds(i.authnTtlSeconds());
        e.setAuthzTtlSeconds(i.authzTtlSeconds());
        e.setDegradation(i.degradation().wire());
        e.setDegradationOnBreakerOpen(i.degradationOnBreakerOpen());
        e.setPreflightMaxResources(i.preflightMaxResources());
        e.setEntitlementMode(i.entitlementMode().wire());
    }
}
