package dev.tvegate.registration.adapter.in.rest.admin.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tvegate.registration.domain.model.Mvpd;
import dev.tvegate.registration.domain.model.MvpdEndpoints;
import dev.tvegate.registration.domain.model.MvpdProtocol;
import dev.tvegate.registration.domain.model.TempPassRule;

/** An MVPD as the admin API shows it: the client secret is never returned, only whether one is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MvpdResponse(String id, String displayName, String logoUrl, String protocol,
        @JsonProperty("isTempPass") boolean isTempPass, Endpoints endpoints, TempPass tempPass) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Endpoints(String issuer, String clientId, boolean hasClientSecret, List<String> scopes,
            String entitlementUrl, String logoutUrl) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TempPass(long ttlSeconds, boolean promotional, int resourceLimit, String identityKey) {
    }

    public static MvpdResponse of(Mvpd m) {
        MvpdEndpoints e = m.endpoints();
        Endpoints endpoints = m.protocol() == MvpdProtocol.TEMPPASS ? null
                : new Endpoints(e.issuer(), e.clientId(), e.hasClientSecret(), e.scopes(), e.entitlementUrl(),
                        e.logoutUrl());
        TempPassRule t = m.tempPass();
        TempPass tempPass = t == null ? null
                : new TempPass(t.ttlSeconds(), t.promotional(), t.resourceLimit(), t.identityKey());
        return new MvpdResponse(m.id(), m.displayName(), m.logoUrl(), m.protocol().wire(), m.isTempPass(), endpoints,
                tempPass);
    }
}
