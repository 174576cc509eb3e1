package dev.tvegate.registration.adapter.in.rest.admin;

import dev.tvegate.registration.adapter.in.rest.admin.dto.ApplicationRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.IntegrationRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.MvpdRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.ServiceProviderRequest;
import dev.tvegate.registration.application.port.in.ApplicationCommand;
import dev.tvegate.registration.application.port.in.IntegrationCommand;
import dev.tvegate.registration.application.port.in.MvpdCommand;
import dev.tvegate.registration.application.port.in.ServiceProviderCommand;

/**
 * Admin API bodies → use-case commands (which validate). Shared by the admin resources and the demo tenant loader.
 */
public final class AdminCommands {

    private AdminCommands() {
    }

    public static ServiceProviderCommand serviceProvider(String id, ServiceProviderRequest req) {
        return new ServiceProviderCommand(id, req.name(), req.domains());
    }

    public static MvpdCommand mvpd(String id, MvpdRequest req) {
        MvpdRequest.Endpoints e = req.endpoints();
        MvpdRequest.TempPass t = req.tempPass();
        return MvpdCommand.of(id, req.displayName(), req.logoUrl(), req.protocol(),
                e == null ? null
                        : new MvpdCommand.EndpointsInput(e.issuer(), e.clientId(), e.clientSecret(), e.scopes(),
                                e.entitlementUrl(), e.logoutUrl()),
                t == null ? null
                        : new MvpdCommand.TempPassInput(t.ttlSeconds(), t.promotional(), t.resourceLimit(),
                                t.identityKey()));
    }

    /** @param req the settings; {@code null} (no body) means all defaults */
    public static IntegrationCommand integration(String serviceProvider, String mvpd, IntegrationRequest req) {
        IntegrationRequest r = req != null ? req : new IntegrationRequest(null, null, null, null, null, null, null);
        return IntegrationCommand.of(serviceProvider, mvpd, r.enabled(), r.authnTtlSeconds(), r.authzTtlSeconds(),
                r.degradation(), r.degradationOnBreakerOpen(), r.preflightMaxResources(), r.entitlementMode());
    }

    public static ApplicationCommand application(ApplicationRequest req) {
        return new ApplicationCommand(req.name(), req.version(), req.platforms(), req.serviceProviders(),
                req.scopes(), req.domains());
    }
}
