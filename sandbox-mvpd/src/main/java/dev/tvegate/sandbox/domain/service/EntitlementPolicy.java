package dev.tvegate.sandbox.domain.service;

import java.util.List;
import java.util.Optional;

import dev.tvegate.sandbox.domain.model.ContentResource;
import dev.tvegate.sandbox.domain.model.EntitlementDecision;
import dev.tvegate.sandbox.domain.model.Rating;
import dev.tvegate.sandbox.domain.model.User;

/**
 * Decides whether a subscriber may watch a resource: they must be known, their packages must include the channel,
 * and the resource's rating must not be above their {@code maxRating}.
 * <p>
 * The subscription check comes first, so a denial reports the most fundamental reason; {@code parentalControl} is
 * true only when the rating is what blocks. An unrecognised rating is refused for a user who has a limit (fail
 * closed) and ignored for a user who has none.
 */
public final class EntitlementPolicy {

    public static final String UNKNOWN_SUBSCRIBER = "Unknown subscriber";

    /**
     * @param user the subscriber, empty when the subject is unknown
     * @param entitlements the channels the subscriber's packages include
     * @param resource what is asked for (its channel is required)
     */
    public EntitlementDecision decide(Optional<User> user, List<String> entitlements, ContentResource resource) {
        if (user.isEmpty()) {
            return EntitlementDecision.denied(UNKNOWN_SUBSCRIBER);
        }
        String channel = resource.channel();
        if (!entitlements.contains(channel)) {
            return EntitlementDecision
                    .denied("Your subscription package does not include the \"" + channel + "\" channel");
        }
        Optional<String> limit = user.get().maxRating();
        if (limit.isEmpty() || resource.rating() == null || resource.rating().isBlank()) {
            return EntitlementDecision.permitted();
        }
        Rating max = Rating.parse(limit.get(), null).orElseThrow(
                () -> new IllegalStateException("unrecognised maxRating for " + user.get().subject()));
        Optional<Rating> rating = Rating.parse(resource.rating(), resource.ratingScheme());
        if (rating.isEmpty()) {
            return EntitlementDecision.deniedByParentalControl("Parental controls block content rated \""
                    + resource.rating() + "\": the rating is not recognised");
        }
        if (rating.get().exceeds(max)) {
            return EntitlementDecision.deniedByParentalControl("Parental controls block content rated "
                    + rating.get().value() + " on this account (limit " + max.value() + ")");
        }
        return EntitlementDecision.permitted();
    }
}
