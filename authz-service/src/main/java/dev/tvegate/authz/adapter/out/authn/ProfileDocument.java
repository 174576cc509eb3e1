package dev.tvegate.authz.adapter.out.authn;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.tvegate.authz.domain.model.Profile;

/** Body of authn's {@code GET /internal/v1/profiles/{sp}/{mvpd}}; unknown fields ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProfileDocument(String mvpd, String serviceProvider, String clientId, Body profile) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Body(long notBefore, long notAfter, String issuer, String type, Map<String, Attribute> attributes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attribute(Object value, String state) {
    }

    Profile toDomain(String requestedMvpd) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (profile.attributes() != null) {
            profile.attributes().forEach((k, v) -> {
                if (v != null && v.value() != null) {
                    attributes.put(k, v.value());
                }
            });
        }
        return new Profile(mvpd == null ? requestedMvpd : mvpd, profile.type(), profile.issuer(), profile.notBefore(),
                profile.notAfter(), attributes);
    }

    @Override
    public String toString() {
        return "ProfileDocument[mvpd=" + mvpd + ", serviceProvider=" + serviceProvider + "]";
    }
}
