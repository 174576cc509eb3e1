package dev.tvegate.sandbox.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tvegate.sandbox.domain.model.ContentResource;
import dev.tvegate.sandbox.domain.model.EntitlementDecision;
import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.service.EntitlementPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class EntitlementPolicyTest {

    private final EntitlementPolicy policy = new EntitlementPolicy();

    private static User user(String maxRating) {
        return new User("bob", "pw", "u-bob", maxRating == null ? Map.of() : Map.of("maxRating", maxRating),
                List.of("basic"));
    }

    private static ContentResource rated(String channel, String rating, String scheme) {
        return new ContentResource(channel, "guid-1", "Show", rating, scheme);
    }

    @Test
    void permitsAChannelInTheUsersPackages() {
        EntitlementDecision decision = policy.decide(Optional.of(user("TV-PG")), List.of("REF30", "CNN"),
                ContentResource.channel("REF30"));
        assertThat(decision).isEqualTo(EntitlementDecision.permitted());
    }

    @Test
    void deniesAChannelOutsideThePackagesNamingIt() {
        EntitlementDecision decision = policy.decide(Optional.of(user("TV-PG")), List.of("REF30", "CNN"),
                ContentResource.channel("ESPN"));
        assertThat(decision.permit()).isFalse();
        assertThat(decision.parentalControl()).isFalse();
        assertThat(decision.message()).isEqualTo("Your subscription package does not include the \"ESPN\" channel");
    }

    @Test
    void deniesAnUnknownSubscriber() {
        EntitlementDecision decision = policy.decide(Optional.empty(), List.of(), ContentResource.channel("REF30"));
        assertThat(decision).isEqualTo(EntitlementDecision.denied("Unknown subscriber"));
    }

    @Test
    void parentalControlDeniesARatingAboveTheLimit() {
        EntitlementDecision decision = policy.decide(Optional.of(user("TV-PG")), List.of("REF30"),
                rated("REF30", "TV-14", "urn:v-chip"));
        assertThat(decision.permit()).isFalse();
        assertThat(decision.parentalControl()).isTrue();
        assertThat(decision.message()).contains("TV-14").contains("TV-PG");
    }

    @Test
    void ratingsAtOrBelowTheLimitArePermitted() {
        assertThat(policy.decide(Optional.of(user("TV-PG")), List.of("REF30"), rated("REF30", "TV-PG", null))
                .permit()).isTrue();
        assertThat(policy.decide(Optional.of(user("TV-PG")), List.of("REF30"), rated("REF30", "pg", "urn:mpaa"))
                .permit()).isTrue();
        assertThat(policy.decide(Optional.of(user("TV-PG")), List.of("REF30"), rated("REF30", "TV-Y", null))
                .permit()).isTrue();
    }

    @Test
    void theSubscriptionReasonComesBeforeParentalControl() {
        EntitlementDecision decision = policy.decide(Optional.of(user("TV-PG")), List.of("REF30"),
                rated("HBO", "TV-MA", null));
        assertThat(decision.parentalControl()).isFalse();
        assertThat(decision.message()).contains("\"HBO\"");
    }

    @Test
    void anUnrecognisedRatingFailsClosedOnlyForUsersWithALimit() {
        EntitlementDecision limited = policy.decide(Optional.of(user("TV-14")), List.of("REF30"),
                rated("REF30", "X-99", null));
        assertThat(limited.permit()).isFalse();
        assertThat(limited.parentalControl()).isTrue();
        assertThat(policy.decide(Optional.of(user(null)), List.of("REF30"), rated("REF30", "X-99", null)).permit())
                .isTrue();
    }

    @Test
    void usersWithoutALimitWatchAnyRating() {
        assertThat(policy.decide(Optional.of(user(null)), List.of("REF30"), rated("REF30", "NC-17", "urn:mpaa"))
                .permit()).isTrue();
    }
}
