package dev.tvegate.sandbox.domain.model;

/**
 * What the viewer wants to watch, as parsed from an Adobe resource id or MRSS (spec §9).
 *
 * @param channel the channel id (MRSS channel title), e.g. {@code REF30}
 * @param itemGuid the item guid, or null for a channel-level resource
 * @param itemTitle the item title, or null
 * @param rating the rating value, e.g. {@code TV-PG} or {@code pg}, or null when unrated
 * @param ratingScheme the rating scheme ({@code urn:v-chip}, {@code urn:mpaa}), or null to infer it from the value
 */
public record ContentResource(String channel, String itemGuid, String itemTitle, String rating, String ratingScheme) {

    /** @return a channel-level resource without rating */
    public static ContentResource channel(String channel) {
        return new ContentResource(channel, null, null, null, null);
    }
}
