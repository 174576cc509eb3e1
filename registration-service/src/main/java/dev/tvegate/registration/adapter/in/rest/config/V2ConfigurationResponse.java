package dev.tvegate.registration.adapter.in.rest.config;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Body of {@code GET /api/v2/{serviceProvider}/configuration} (spec §4.1). ⚠ The request table lists {@code mvpds} at
 * the top level, the documented sample nests it in {@code requestor}: both are emitted, with the same entries.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "device", "clientType", "os", "requestor", "mvpds", "time" })
public record V2ConfigurationResponse(String device, String clientType, String os, Requestor requestor,
        List<MvpdEntry> mvpds, long time) {

    @JsonPropertyOrder({ "id", "name", "domains", "mvpds" })
    public record Requestor(String id, String name, List<Domain> domains, List<MvpdEntry> mvpds) {
    }

    public record Domain(String name, boolean mvpdInitiated) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "id", "displayName", "logoUrl", "isTempPass", "isProxy", "authPerAggregator",
            "enablePlatformServices", "displayInPlatformPicker", "enforcePlatformPermissions" })
    public record MvpdEntry(String id, String displayName, String logoUrl,
            @JsonProperty("isTempPass") boolean isTempPass, @JsonProperty("isProxy") boolean isProxy,
            boolean authPerAggregator, boolean enablePlatformServices, boolean displayInPlatformPicker,
            boolean enforcePlatformPermissions) {
    }
}
