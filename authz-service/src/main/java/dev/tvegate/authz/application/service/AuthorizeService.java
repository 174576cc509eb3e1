package dev.tvegate.authz.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tvegate.authz.application.port.in.AuthorizeCommand;
import dev.tvegate.authz.application.port.in.AuthorizeUseCase;
import dev.tvegate.authz.application.port.in.DecisionsResult;
import dev.tvegate.authz.application.port.out.ConfigurationPort;
import dev.tvegate.authz.application.port.out.DecisionCachePort;
import dev.tvegate.authz.application.port.out.EntitlementPort;
import dev.tvegate.authz.application.port.out.MediaTokenIssuerPort;
import dev.tvegate.authz.application.port.out.ProfileLookupPort;
import dev.tvegate.authz.application.port.out.TempPassPort;
import dev.tvegate.authz.domain.model.CachedDecision;
import dev.tvegate.authz.domain.model.Decision;
import dev.tvegate.authz.domain.model.DecisionKind;
import dev.tvegate.authz.domain.model.DecisionSource;
import dev.tvegate.authz.domain.model.DegradationRule;
import dev.tvegate.authz.domain.model.EntitlementAnswer;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.Profile;
import dev.tvegate.authz.domain.model.Resource;
import dev.tvegate.authz.domain.model.SpConfiguration;
import dev.tvegate.authz.domain.service.DecisionKeys;
import dev.tvegate.authz.domain.service.DecisionPolicy;
import dev.tvegate.authz.domain.service.ResourceParser;
import dev.tvegate.kernel.device.DeviceIdentifier;
import dev.tvegate.kernel.device.DeviceInfo;
import dev.tvegate.kernel.device.DeviceInfoRules;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.id.Identifiers;
import io.smallrye.mutiny.Uni;

/**
 * Decisions (spec §4.7), checked in the order the errors imply: device headers, service provider, integration,
 * resources (shape, MRSS, count), profile; then, per resource: a standing degradation rule, the decision cache, the
 * entitlement (profile claim or MVPD endpoint), and for authorize permits a media token. The decision cache is read
 * once per request for all resources (one Redis round trip); cache misses ask the MVPD concurrently; the response
 * keeps request order.
 */
public class AuthorizeService implements AuthorizeUseCase {

    /** Preauthorize limit when the integration gives none (spec §4.7: "typically up to 5"). */
    static final int DEFAULT_PREFLIGHT_MAX = 5;

    private final ConfigurationPort configuration;
    private final ProfileLookupPort profiles;
    private final EntitlementPort entitlements;
    private final DecisionCachePort cache;
    private final MediaTokenIssuerPort tokens;
    private final TempPassPort tempPass;
    private final Clock clock;
    private final int authorizeMaxResources;

    public AuthorizeService(ConfigurationPort configuration, ProfileLookupPort profiles, EntitlementPort entitlements,
            DecisionCachePort cache, MediaTokenIssuerPort tokens, TempPassPort tempPass, Clock clock,
            int authorizeMaxResources) {
        this.tempPass = tempPass;
        this.configuration = configuration;
        this.profiles = profiles;
        this.entitlements = entitlements;
        this.cache = cache;
        this.tokens = tokens;
        this.clock = clock;
        this.authorizeMaxResources = authorizeMaxResources;
    }

    @Override
    public Uni<DecisionsResult> decide(AuthorizeCommand cmd) {
        return Uni.createFrom().deferred(() -> checkAndDecide(cmd));
    }

    private Uni<DecisionsResult> checkAndDecide(AuthorizeCommand cmd) {
        String deviceId = DeviceIdentifier.parse(cmd.deviceHeaders().deviceIdentifier()).deviceId();
        String info = cmd.deviceHeaders().deviceInfo();
        if (info != null && !info.isBlank()) {
            DeviceInfo.parse(info, DeviceInfoRules.V2); // validated (invalid_header_device_info); not needed further
        }
        return serviceProvider(cmd.serviceProvider()).chain(config -> {
            IntegrationConfig integration = integration(config, cmd.mvpd());
            List<Resource> resources = ResourceParser.parseAll(cmd.resources());
            int limit = limit(cmd.kind(), integration);
            if (resources.size() > limit) {
                throw new EnhancedErrorException(ErrorCode.TOO_MANY_RESOURCES, "At most " + limit + " resource"
                        + (limit == 1 ? "" : "s") + " per " + cmd.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + " request for MVPD " + integration.mvpdId() + "; " + resources.size() + " were sent.");
            }
            if (integration.isTempPass()) {
                // the trial is the authentication: authn's TempPass API answers for it, no profile look-up
                return decideTempPass(cmd.kind(), cmd.serviceProvider(), integration, resources, deviceId,
                        cmd.tempPassIdentity(), true);
            }
            return profiles.find(cmd.serviceProvider(), integration.mvpdId(), cmd.clientId(), deviceId)
                    .map(found -> profile(found, integration))
                    .chain(profile -> decideAll(cmd.kind(), cmd.serviceProvider(), integration, profile, resources,
                            true));
        });
    }

    /**
     * Decides each resource for a known profile (also used by REST v1, which finds the profile itself). On the
     * MVPD-endpoint path the decision cache is read once for all resources (one round trip); only the misses ask the
     * MVPD, concurrently. Everything else is decided in a plain loop.
     *
     * @param withTokens sign a media token for each authorize permit
     */
    Uni<DecisionsResult> decideAll(DecisionKind kind, String serviceProvider, IntegrationConfig integration,
            Profile profile, List<Resource> resources, boolean withTokens) {
        DecisionPolicy policy = new DecisionPolicy(kind, serviceProvider, integration, profile, clock.millis());
        int n = resources.size();
        Decision[] out = new Decision[n];
        String userId = policy.profile().userId();
        if (!decidedWithoutCache(policy, resources, out)) {
            List<String> raws = new ArrayList<>(n);
            for (Resource r : resources) {
                raws.add(r.raw());
            }
            List<String> keys = DecisionKeys.decisionKeys(serviceProvider, integration.mvpdId(), userId, raws);
            return cache.findAll(keys).chain(hits -> {
                List<Uni<Decision>> misses = null;
                int[] missAt = null;
                for (int i = 0; i < n; i++) {
                    CachedDecision hit = hits.get(keys.get(i));
                    if (hit != null && hit.notAfter() > policy.nowMillis()) {
                        out[i] = policy.fromMvpd(resources.get(i), hit);
                        continue;
                    }
                    if (misses == null) {
                        misses = new ArrayList<>(n);
                        missAt = new int[n];
                    }
                    missAt[misses.size()] = i;
                    misses.add(askMvpd(policy, resources.get(i), userId, keys.get(i)));
                }
                if (misses == null) {
                    return Uni.createFrom().item(finish(policy, profile, out, withTokens));
                }
                int[] at = missAt;
                Uni<List<Decision>> asked = misses.size() == 1 ? misses.get(0).map(List::of)
                        : Uni.join().all(misses).andFailFast();
                return asked.map(answers -> {
                    for (int j = 0; j < answers.size(); j++) {
                        out[at[j]] = answers.get(j);
                    }
                    return finish(policy, profile, out, withTokens);
                });
            });
        }
        return Uni.createFrom().item(() -> finish(policy, profile, out, withTokens));
    }

    /** @return the result in request order, with a media token on each authorize permit when asked */
    private DecisionsResult finish(DecisionPolicy policy, Profile profile, Decision[] decisions, boolean withTokens) {
        if (withTokens) {
            for (int i = 0; i < decisions.length; i++) {
                decisions[i] = withToken(policy, profile, decisions[i]);
            }
        }
        return new DecisionsResult(List.of(decisions));
    }

    /**
     * Decides every resource that needs neither the cache nor the MVPD (a standing degradation rule, a TempPass
     * misconfiguration, the profile claim, a profile without userID): these hold for all resources of a request.
     *
     * @return false when the resources go to the decision cache / MVPD endpoint ({@code out} untouched)
     */
    private static boolean decidedWithoutCache(DecisionPolicy policy, List<Resource> resources, Decision[] out) {
        IntegrationConfig integration = policy.integration();
        DegradationRule standing = policy.standingDegradation();
        for (int i = 0; i < out.length; i++) {
            Resource resource = resources.get(i);
            if (standing != DegradationRule.NONE) {
                out[i] = policy.degraded(resource, standing);
            } else if (integration.isTempPass() || policy.profile().isTemporary()) {
                // only reached when a temporary profile shows up under a non-TempPass integration: a misconfiguration
                out[i] = policy.error(resource, DecisionSource.TEMPPASS,
                        EnhancedError.of(ErrorCode.INVALID_CONFIGURATION_TEMPORARY_ACCESS,
                                "A temporary profile under an integration that is not TempPass."));
            } else if (!integration.entitlementFromMvpdEndpoint()) {
                out[i] = policy.fromMvpd(resource, policy.toCached(policy.fromProfileClaim(resource)));
            } else {
                String userId = policy.profile().userId();
                if (userId != null && !userId.isBlank()) {
                    return false;
                }
                out[i] = policy.error(resource, DecisionSource.MVPD,
                        EnhancedError.of(ErrorCode.IDENTITY_NOT_RECOGNIZED_BY_MVPD,
                                "The profile carries no userID to ask the MVPD about."));
            }
        }
        return true;
    }

    /**
     * TempPass (spec §8.3): preauthorize permits every resource without counting; authorize asks authn's TempPass API
     * per resource (which starts the trial's clock and counts the resource) and turns its verdict into the decision:
     * permit with the trial's window and a media token, or its item-level error ({@code source: temppass}).
     */
    Uni<DecisionsResult> decideTempPass(DecisionKind kind, String serviceProvider, IntegrationConfig integration,
            List<Resource> resources, String deviceId, String identity, boolean withTokens) {
        List<Uni<Decision>> each = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            if (kind == DecisionKind.PREAUTHORIZE) {
                each.add(Uni.createFrom().item(new Decision(r.raw(), serviceProvider, integration.mvpdId(),
                        DecisionSource.TEMPPASS, true, null, null, null, null)));
                continue;
            }
            String id = r.itemGuid() != null ? r.itemGuid() : r.channel();
            each.add(tempPass.authorize(serviceProvider, integration.mvpdId(), deviceId, identity, id).map(answer -> {
                if (!answer.usable()) {
                    return new Decision(r.raw(), serviceProvider, integration.mvpdId(), DecisionSource.TEMPPASS, false,
                            null, null, null, answer.error());
                }
                Decision permit = new Decision(r.raw(), serviceProvider, integration.mvpdId(), DecisionSource.TEMPPASS,
                        true, null, answer.startedAt() > 0 ? answer.startedAt() : null,
                        answer.expiresAt() > 0 ? answer.expiresAt() : null, null);
                if (!withTokens) {
                    return permit;
                }
                String sid = DecisionKeys.sessionGuid(serviceProvider, integration.mvpdId(),
                        answer.userId() == null ? deviceId : answer.userId(), answer.startedAt());
                return permit.withToken(tokens.issue(serviceProvider, r.raw(), integration.mvpdId(), null, sid));
            }));
        }
        return Uni.join().all(each).andFailFast().map(DecisionsResult::new);
    }

    private Uni<Decision> askMvpd(DecisionPolicy policy, Resource resource, String userId, String key) {
        return entitlements.check(policy.integration(), userId, resource).chain(answer -> {
            if (answer instanceof EntitlementAnswer.Answered a) {
                CachedDecision cached = policy.toCached(a);
                Decision decision = policy.fromMvpd(resource, cached);
                long ttl = cached.notAfter() - cached.notBefore();
                if (ttl <= 0) {
                    return Uni.createFrom().item(decision);
                }
                return cache.save(key, cached, Duration.ofMillis(ttl)).replaceWith(decision);
            }
            return Uni.createFrom().item(policy.unavailable(resource, (EntitlementAnswer.Unavailable) answer));
        });
    }

    private Decision withToken(DecisionPolicy policy, Profile profile, Decision decision) {
        if (policy.kind() != DecisionKind.AUTHORIZE || !decision.authorized()) {
            return decision;
        }
        String sid = sessionGuid(policy.serviceProvider(), decision.mvpd(), profile);
        return decision.withToken(tokens.issue(policy.serviceProvider(), decision.resource(), decision.mvpd(),
                null, sid));
    }

    /** @return the user session GUID of media tokens for this profile */
    static String sessionGuid(String serviceProvider, String mvpd, Profile profile) {
        String userId = profile.userId() == null ? "" : profile.userId();
        return DecisionKeys.sessionGuid(serviceProvider, mvpd, userId, profile.notBefore());
    }

    /** @return the resource limit of a request of this kind */
    int limit(DecisionKind kind, IntegrationConfig integration) {
        return kind == DecisionKind.AUTHORIZE ? authorizeMaxResources
                : integration.preflightMaxResources() > 0 ? integration.preflightMaxResources() : DEFAULT_PREFLIGHT_MAX;
    }

    private Profile profile(Optional<Profile> found, IntegrationConfig integration) {
        Profile p = found.orElseThrow(() -> new EnhancedErrorException(ErrorCode.AUTHENTICATED_PROFILE_MISSING,
                "No authenticated profile for this device and MVPD " + integration.mvpdId() + "."));
        if (p.isExpiredAt(clock.millis())) {
            throw new EnhancedErrorException(ErrorCode.AUTHENTICATED_PROFILE_EXPIRED);
        }
        return p;
    }

    private Uni<SpConfiguration> serviceProvider(String sp) {
        return configuration.find(sp).map(found -> found.orElseThrow(() -> new EnhancedErrorException(
                ErrorCode.INVALID_PARAMETER_SERVICE_PROVIDER, "Unknown service provider '" + printable(sp) + "'.")));
    }

    private static IntegrationConfig integration(SpConfiguration config, String mvpd) {
        if (!Identifiers.isValidEntityId(mvpd)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_MVPD,
                    "'" + printable(mvpd) + "' is not a valid MVPD id.");
        }
        return config.enabledIntegration(mvpd).orElseThrow(() -> new EnhancedErrorException(
                ErrorCode.INVALID_PARAMETER_MVPD, "MVPD '" + mvpd + "' has no active integration with service provider '"
                        + config.serviceProvider().id() + "'."));
    }

    private static String printable(String s) {
        if (s == null) {
            return "";
        }
        String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return cut.replaceAll("[\\p{Cntrl}]", "?");
    }
}
