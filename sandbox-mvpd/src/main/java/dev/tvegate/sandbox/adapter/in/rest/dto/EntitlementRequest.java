package dev.tvegate.sandbox.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code POST /entitlements} body.
 *
 * @param subject the subscriber's {@code sub}
 * @param resource the parsed resource
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntitlementRequest(String subject, Resource resource) {

    /** The resource as parsed from the Adobe resource id / MRSS (spec §9). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resource(String channel, String itemGuid, String itemTitle, String rating, String ratingScheme) {
    }
}
