package dev.tvegate.support.registration;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of registration's {@code GET /internal/v1/service-providers/{sp}/configuration}; unknown fields ignored. The
 * JSON shape only: each service maps it to its own domain model in its registration adapter.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfigurationDocument(ServiceProvider serviceProvider, List<Integration> integrations) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ServiceProvider(String id, String name, List<String> domains) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Integration(String mvpdId, boolean enabled, long authnTtlSeconds, long authzTtlSeconds, String degradation,
            boolean degradationOnBreakerOpen, int preflightMaxResources, String entitlementMode, Mvpd mvpd) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mvpd(String id, String displayName, String logoUrl, String protocol,
            @JsonProperty("isTempPass") boolean tempPassFlag, Endpoints endpoints, TempPass tempPass) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Endpoints(String issuer, String clientId, String clientSecret, List<String> scopes, String entitlementUrl,
            String logoutUrl) {
        @Override
        public String toString() {
            return "Endpoints[issuer=" + issuer + ", clientSecret=***]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TempPass(long ttlSeconds, boolean promotional, int resourceLimit, String identityKey) {
    }
}
