package dev.tvegate.authz.domain.service;

import dev.tvegate.authz.domain.model.CachedDecision;
import dev.tvegate.authz.domain.model.Decision;
import dev.tvegate.authz.domain.model.DecisionKind;
import dev.tvegate.authz.domain.model.DecisionSource;
import dev.tvegate.authz.domain.model.DegradationRule;
import dev.tvegate.authz.domain.model.EntitlementAnswer;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.Profile;
import dev.tvegate.authz.domain.model.Resource;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.ErrorCode;

/**
 * Turns what is known about one resource into the decision of spec §4.7 (without the media token, which the
 * application adds to authorize permits). Pure: no I/O, times passed in.
 *
 * @param kind authorize or preauthorize
 * @param serviceProvider the SP
 * @param integration the SP × MVPD integration
 * @param profile the viewer's profile
 * @param nowMillis the decision time
 */
public record DecisionPolicy(DecisionKind kind, String serviceProvider, IntegrationConfig integration,
        Profile profile, long nowMillis) {

    /** @return the rule that applies before asking anyone, or {@link DegradationRule#NONE} */
    public DegradationRule standingDegradation() {
        if (profile.isDegraded()) {
            return DegradationRule.AUTHN_ALL; // authn issued a degraded profile: the viewer is let in
        }
        return integration.degradationOnBreakerOpen() ? DegradationRule.NONE : integration.degradationRule();
    }

    /** @return how long an MVPD answer may be cached: min(AuthZ TTL, MVPD ttl if given, profile lifetime left) */
    public long cacheMillis(EntitlementAnswer.Answered answer) {
        long ttl = integration.authzTtlSeconds() * 1000;
        if (answer.ttlSeconds() > 0) {
            ttl = Math.min(ttl, answer.ttlSeconds() * 1000);
        }
        return Math.max(0, Math.min(ttl, profile.notAfter() - nowMillis));
    }

    /** @return the cache entry for an MVPD answer */
    public CachedDecision toCached(EntitlementAnswer.Answered answer) {
        return new CachedDecision(answer.permit(), answer.message(), answer.parentalControl(), nowMillis,
                nowMillis + cacheMillis(answer));
    }

    /** @return the decision for an MVPD answer (fresh or cached) */
    public Decision fromMvpd(Resource resource, CachedDecision answer) {
        if (answer.permit()) {
            return kind == DecisionKind.PREAUTHORIZE ? base(resource, DecisionSource.MVPD, true, null)
                    : new Decision(resource.raw(), serviceProvider, integration.mvpdId(), DecisionSource.MVPD, true,
                            null, answer.notBefore(), answer.notAfter(), null);
        }
        ErrorCode code = answer.parentalControl() ? ErrorCode.AUTHORIZATION_DENIED_BY_PARENTAL_CONTROLS
                : kind == DecisionKind.PREAUTHORIZE ? ErrorCode.PREAUTHORIZATION_DENIED_BY_MVPD
                        : ErrorCode.AUTHORIZATION_DENIED_BY_MVPD;
        return base(resource, DecisionSource.MVPD, false, EnhancedError.of(code, answer.message()));
    }

    /**
     * @return the decision under a degradation rule: AuthNAll permits with decision times, AuthZAll permits without,
     *         AuthZNone denies with {@code authorization_denied_by_degradation_rule}
     */
    public Decision degraded(Resource resource, DegradationRule rule) {
        return switch (rule) {
            case AUTHN_ALL -> kind == DecisionKind.PREAUTHORIZE ? base(resource, DecisionSource.DEGRADATION, true, null)
                    : new Decision(resource.raw(), serviceProvider, integration.mvpdId(), DecisionSource.DEGRADATION,
                            true, null, nowMillis, nowMillis + integration.authzTtlSeconds() * 1000, null);
            case AUTHZ_ALL -> base(resource, DecisionSource.DEGRADATION, true, null);
            case AUTHZ_NONE -> base(resource, DecisionSource.DEGRADATION, false,
                    EnhancedError.of(ErrorCode.AUTHORIZATION_DENIED_BY_DEGRADATION_RULE,
                            "The " + rule.wire() + " degradation rule is in effect for MVPD " + integration.mvpdId()
                                    + "."));
            case NONE -> throw new IllegalArgumentException("no degradation rule");
        };
    }

    /**
     * @return the decision when the MVPD gave no answer: the degradation rule if the integration applies it while
     *         the breaker is open, else an item-level {@code network_connection_timeout} / {@code
     *         network_received_error} (action retry) — never a permit
     */
    public Decision unavailable(Resource resource, EntitlementAnswer.Unavailable failure) {
        DegradationRule rule = integration.degradationRule();
        if (failure.breakerOpen() && integration.degradationOnBreakerOpen() && rule != DegradationRule.NONE) {
            return degraded(resource, rule);
        }
        ErrorCode code = failure.timeout() ? ErrorCode.NETWORK_CONNECTION_TIMEOUT : ErrorCode.NETWORK_RECEIVED_ERROR;
        return base(resource, DecisionSource.MVPD, false, EnhancedError.of(code, failure.details()));
    }

    /** @return the answer of the profile claim: the {@code entitlements} attribute lists the channel */
    public EntitlementAnswer.Answered fromProfileClaim(Resource resource) {
        return profile.entitlements().contains(resource.channel()) ? EntitlementAnswer.Answered.permitted()
                : EntitlementAnswer.Answered.denied("Your subscription package does not include the \""
                        + resource.channel() + "\" channel");
    }

    /** @return an item-level error decision */
    public Decision error(Resource resource, DecisionSource source, EnhancedError error) {
        return base(resource, source, false, error);
    }

    private Decision base(Resource resource, DecisionSource source, boolean authorized, EnhancedError error) {
        return new Decision(resource.raw(), serviceProvider, integration.mvpdId(), source, authorized, null, null,
                null, error);
    }
}
