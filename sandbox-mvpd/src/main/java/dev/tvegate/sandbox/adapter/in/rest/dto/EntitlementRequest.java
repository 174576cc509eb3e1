package dev.tvegate.sandbox.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code POST /entitlements} body.
 *
 * @param subject the subscriber's {@code sub}
 * @param resource the parsed resource
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@RegisterForReflection
public record EntitlementRequest(String subject, Resource resource) {

    /** The resource as parsed from the Adobe resource id / MRSS (spec §9). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resource(String channel, String itemGuid, String itemTitle, String rating, String ratingScheme) {
    }
}
