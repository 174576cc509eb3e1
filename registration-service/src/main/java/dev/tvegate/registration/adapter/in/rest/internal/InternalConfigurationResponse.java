package dev.tvegate.registration.adapter.in.rest.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tvegate.registration.application.port.in.ServiceProviderConfiguration;
import dev.tvegate.registration.domain.model.Integration;
import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.MvpdEndpoints;
import dev.tvegate.registration.domain.model.MvpdProtocol;
import dev.tvegate.registration.domain.model.TempPassRule;

/**
 * Body of {@code GET /internal/v1/service-providers/{sp}/configuration}: the service provider, and for each
 * integration (enabled or not) its settings with the complete MVPD record.
 */
public record InternalConfigurationResponse(ServiceProvider serviceProvider, List<IntegrationView> integrations) {

    public record ServiceProvider(String id, String name, List<String> domains) {
    }

    public record IntegrationView(String mvpdId, boolean enabled, long authnTtlSeconds, long authzTtlSeconds,
            String degradation, boolean degradationOnBreakerOpen, int preflightMaxResources, String entitlementMode,
            MvpdView mvpd) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MvpdView(String id, String displayName, String logoUrl, String protocol,
            @JsonProperty("isTempPass") boolean isTempPass, Endpoints endpoints, TempPass tempPass) {
    }

    /** Protocol endpoints including the MVPD client secret in clear (internal network only). */
    public record Endpoints(String issuer, String clientId, String clientSecret, List<String> scopes,
            String entitlementUrl, String logoutUrl) {
    }

    public record TempPass(long ttlSeconds, boolean promotional, int resourceLimit, String identityKey) {
    }

    static InternalConfigurationResponse of(ServiceProviderConfiguration config) {
        var sp = config.serviceProvider();
        return new InternalConfigurationResponse(new ServiceProvider(sp.id(), sp.name(), sp.domains()),
                config.mvpds().stream().map(m -> view(m.integration(), m.mvpd())).toList());
    }

    private static IntegrationView view(Integration i, Mvpd m) {
        MvpdEndpoints e = m.endpoints();
        Endpoints endpoints = m.protocol() == MvpdProtocol.TEMPPASS ? null
                : new Endpoints(e.issuer(), e.clientId(), e.clientSecret(), e.scopes(), e.entitlementUrl(),
                        e.logoutUrl());
        TempPassRule t = m.tempPass();
        TempPass tempPass = t == null ? null
                : new TempPass(t.ttlSeconds(), t.promotional(), t.resourceLimit(), t.identityKey());
        return new IntegrationView(i.mvpdId(), i.enabled(), i.authnTtlSeconds(), i.authzTtlSeconds(),
                i.degradation().wire(), i.degradationOnBreakerOpen(), i.preflightMaxResources(),
                i.entitlementMode().wire(),
                new MvpdView(m.id(), m.displayName(), m.logoUrl(), m.protocol().wire(), m.isTempPass(), endpoints,
                        tempPass));
    }
}
