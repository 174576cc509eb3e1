package dev.tvegate.registration.adapter.in.demo;

import java.util.List;

import dev.tvegate.registration.adapter.in.rest.admin.dto.ApplicationRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.IntegrationRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.MvpdRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.ServiceProviderRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The demo tenant file {@code demo/demo-tenant.json}: the same shapes as the admin API bodies. */
@RegisterForReflection
record DemoTenant(List<ServiceProviderRequest> serviceProviders, List<MvpdRequest> mvpds,
        List<DemoIntegration> integrations, List<ApplicationRequest> applications) {

    DemoTenant {
        serviceProviders = serviceProviders == null ? List.of() : serviceProviders;
        mvpds = mvpds == null ? List.of() : mvpds;
        integrations = integrations == null ? List.of() : integrations;
        applications = applications == null ? List.of() : applications;
    }

    /** An integration body plus the pair it belongs to (path parameters in the admin API). */
    @RegisterForReflection
    record DemoIntegration(String serviceProvider, String mvpd, Boolean enabled, Long authnTtlSeconds,
            Long authzTtlSeconds, String degradation, Boolean degradationOnBreakerOpen, Long preflightMaxResources,
            String entitlementMode) {
        IntegrationRequest settings() {
            return new IntegrationRequest(enabled, authnTtlSeconds, authzTtlSeconds, degradation,
                    degradationOnBreakerOpen, preflightMaxResources, entitlementMode);
        }
    }
}
