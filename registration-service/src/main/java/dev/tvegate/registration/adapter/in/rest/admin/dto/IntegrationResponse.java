package dev.tvegate.registration.adapter.in.rest.admin.dto;

import dev.tvegate.registration.domain.model.Integration;

public record IntegrationResponse(String serviceProvider, String mvpd, boolean enabled, long authnTtlSeconds,
        long authzTtlSeconds, String degradation, boolean degradationOnBreakerOpen, int preflightMaxResources,
        String entitlementMode) {

    public static IntegrationResponse of(Integration i) {
        return new IntegrationResponse(i.serviceProviderId(), i.mvpdId(), i.enabled(), i.authnTtlSeconds(),
                i.authzTtlSeconds(), i.degradation().wire(), i.degradationOnBreakerOpen(), i.preflightMaxResources(),
                i.entitlementMode().wire());
    }
}
