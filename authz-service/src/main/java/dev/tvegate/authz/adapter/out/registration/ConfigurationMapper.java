package dev.tvegate.authz.adapter.out.registration;

import java.util.List;

import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.MvpdConfig;
import dev.tvegate.authz.domain.model.OidcEndpoints;
import dev.tvegate.authz.domain.model.SpConfiguration;
import dev.tvegate.authz.domain.model.TempPassConfig;
import dev.tvegate.support.registration.ConfigurationDocument;
import dev.tvegate.support.registration.ConfigurationDocument.Endpoints;
import dev.tvegate.support.registration.ConfigurationDocument.Integration;
import dev.tvegate.support.registration.ConfigurationDocument.Mvpd;
import dev.tvegate.support.registration.ConfigurationDocument.TempPass;

/** registration's configuration document (service-support) as authz's domain model. */
final class ConfigurationMapper {

    private ConfigurationMapper() {
    }

    static SpConfiguration toDomain(ConfigurationDocument document) {
        var sp = new SpConfiguration.ServiceProvider(document.serviceProvider().id(),
                document.serviceProvider().name(), document.serviceProvider().domains());
        List<IntegrationConfig> list = document.integrations() == null ? List.of()
                : document.integrations().stream().map(ConfigurationMapper::integration).toList();
        return new SpConfiguration(sp, list);
    }

    private static IntegrationConfig integration(Integration i) {
        Mvpd m = i.mvpd();
        String protocol = m.protocol() == null ? (m.tempPassFlag() ? MvpdConfig.PROTOCOL_TEMPPASS
                : MvpdConfig.PROTOCOL_OIDC) : m.protocol();
        Endpoints e = m.endpoints();
        OidcEndpoints endpoints = e == null ? null
                : new OidcEndpoints(e.issuer(), e.clientId(), e.clientSecret(), e.scopes(), e.entitlementUrl(),
                        e.logoutUrl());
        TempPass t = m.tempPass();
        TempPassConfig tempPass = t == null ? null
                : new TempPassConfig(t.ttlSeconds(), t.promotional(), t.resourceLimit(), t.identityKey());
        MvpdConfig mvpd = new MvpdConfig(m.id() == null ? i.mvpdId() : m.id(), m.displayName(), m.logoUrl(), protocol,
                m.tempPassFlag() || MvpdConfig.PROTOCOL_TEMPPASS.equals(protocol), endpoints, tempPass);
        return new IntegrationConfig(i.mvpdId(), i.enabled(), i.authnTtlSeconds(), i.authzTtlSeconds(),
                i.degradation(), i.degradationOnBreakerOpen(), i.preflightMaxResources(), i.entitlementMode(), mvpd);
    }
}
