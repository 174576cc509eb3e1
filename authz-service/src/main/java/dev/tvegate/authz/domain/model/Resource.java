package dev.tvegate.authz.domain.model;

import java.util.Objects;

/**
 * A requested resource (spec §9): the id exactly as sent ({@code raw}, echoed in the decision and bound into the
 * media token) and what was extracted from it. A plain id is the channel.
 *
 * @param raw the resource string as the application sent it
 * @param channel channel title (the plain id itself for plain ids)
 * @param itemGuid item guid, may be null
 * @param itemTitle item title, may be null
 * @param rating rating value, may be null
 * @param ratingScheme rating scheme (e.g. {@code urn:v-chip}), may be null
 */
public record Resource(String raw, String channel, String itemGuid, String itemTitle, String rating,
        String ratingScheme) {

    public Resource {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(channel, "channel");
    }

    public static Resource plain(String id) {
        return new Resource(id, id, null, null, null, null);
    }
}
