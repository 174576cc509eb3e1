package dev.tvegate.authz.adapter.out.registration;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.MvpdConfig;
import dev.tvegate.authz.domain.model.OidcEndpoints;
import dev.tvegate.authz.domain.model.SpConfiguration;
import dev.tvegate.authz.domain.model.TempPassConfig;

/** Body of registration's {@code GET /internal/v1/service-providers/{sp}/configuration}; unknown fields ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ConfigurationDocument(ServiceProvider serviceProvider, List<Integration> integrations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceProvider(String id, String name, List<String> domains) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Integration(String mvpdId, boolean enabled, long authnTtlSeconds, long authzTtlSeconds, String degradation,
            boolean degradationOnBreakerOpen, int preflightMaxResources, String entitlementMode, Mvpd mvpd) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Mvpd(String id, String displayName, String logoUrl, String protocol,
            @JsonProperty("isTempPass") boolean tempPassFlag, Endpoints endpoints, TempPass tempPass) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Endpoints(String issuer, String clientId, String clientSecret, List<String> scopes, String entitlementUrl,
            String logoutUrl) {
        @Override
        public String toString() {
            return "Endpoints[issuer=" + issuer + ", clientSecret=***]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TempPass(long ttlSeconds, boolean promotional, int resourceLimit, String identityKey) {
    }

    SpConfiguration toDomain() {
        var sp = new SpConfiguration.ServiceProvider(serviceProvider.id(), serviceProvider.name(),
                serviceProvider.domains());
        List<IntegrationConfig> list = integrations == null ? List.of()
                : integrations.stream().map(ConfigurationDocument::integration).toList();
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
