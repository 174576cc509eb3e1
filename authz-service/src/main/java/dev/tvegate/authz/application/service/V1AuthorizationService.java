package dev.tvegate.authz.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tvegate.authz.application.port.in.DecisionsResult;
import dev.tvegate.authz.application.port.in.V1AuthorizationUseCase;
import dev.tvegate.authz.application.port.in.V1Query;
import dev.tvegate.authz.application.port.out.ConfigurationPort;
import dev.tvegate.authz.application.port.out.MediaTokenIssuerPort;
import dev.tvegate.authz.application.port.out.ProfileLookupPort;
import dev.tvegate.authz.application.port.out.V1AuthorizationStorePort;
import dev.tvegate.authz.domain.model.Decision;
import dev.tvegate.authz.domain.model.DecisionKind;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.MediaToken;
import dev.tvegate.authz.domain.model.Profile;
import dev.tvegate.authz.domain.model.Resource;
import dev.tvegate.authz.domain.model.SpConfiguration;
import dev.tvegate.authz.domain.model.V1Authorization;
import dev.tvegate.authz.domain.service.ResourceParser;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.id.Identifiers;
import io.smallrye.mutiny.Uni;

/**
 * REST v1 authorization on top of the v2 decision rules ({@link AuthorizeService}). v1 requests name no MVPD: the
 * device's v1 AuthN token is a profile keyed to the pseudo client {@code v1:<requestor>} and the raw {@code deviceId}
 * (authn's v1 contract), so the service asks authn for it under each enabled integration, concurrently, and takes the
 * first in configuration order. AuthZ tokens are kept in Redis per (requestor, device, resource) until the decision's
 * {@code notAfter}, and remembered a while after that so {@code tokens/authz} can answer 410.
 */
public class V1AuthorizationService implements V1AuthorizationUseCase {

    static final String V1_CLIENT_PREFIX = "v1:";
    private static final int MAX_DEVICE_ID_CHARS = 512;

    private final AuthorizeService core;
    private final ConfigurationPort configuration;
    private final ProfileLookupPort profiles;
    private final V1AuthorizationStorePort store;
    private final MediaTokenIssuerPort tokens;
    private final Clock clock;

    public V1AuthorizationService(AuthorizeService core, ConfigurationPort configuration, ProfileLookupPort profiles,
            V1AuthorizationStorePort store, MediaTokenIssuerPort tokens, Clock clock) {
        this.core = core;
        this.configuration = configuration;
        this.profiles = profiles;
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
    }

    private record Authenticated(SpConfiguration config, IntegrationConfig integration, Profile profile) {
    }

    @Override
    public Uni<V1Outcome> authorize(V1Query q) {
        return Uni.createFrom().deferred(() -> {
            Resource resource = singleResource(q);
            return authenticated(q).chain(found -> {
                if (found.isEmpty()) {
                    return Uni.createFrom().item(new NotAuthenticated());
                }
                Authenticated a = found.get();
                Uni<DecisionsResult> decided = a.integration().isTempPass()
                        ? core.decideTempPass(DecisionKind.AUTHORIZE, q.requestor(), a.integration(),
                                List.of(resource), q.deviceId(), q.genericData(), false)
                        : core.decideAll(DecisionKind.AUTHORIZE, q.requestor(), a.integration(), a.profile(),
                                List.of(resource), false);
                return decided.chain(result -> {
                    Decision d = result.decisions().get(0);
                    if (!d.authorized()) {
                        return Uni.createFrom().item(new Denied(details(d.error())));
                    }
                    long now = clock.millis();
                    long notAfter = d.notAfter() != null ? d.notAfter()
                            : Math.min(now + a.integration().authzTtlSeconds() * 1000, a.profile().notAfter());
                    V1Authorization granted = new V1Authorization(q.requestor(), d.resource(), d.mvpd(), null,
                            AuthorizeService.sessionGuid(q.requestor(), d.mvpd(), a.profile()), notAfter);
                    return store.save(q.deviceId(), granted).replaceWith(new Granted(granted));
                });
            });
        });
    }

    @Override
    public Uni<V1Outcome> authorizationToken(V1Query q) {
        return Uni.createFrom().deferred(() -> {
            singleResource(q);
            return authenticated(q).chain(found -> found.isEmpty() ? Uni.createFrom().item(new NotAuthenticated())
                    : store.find(q.requestor(), q.deviceId(), q.resource()).map(token -> {
                        if (token.isEmpty() || !token.get().mvpd().equals(found.get().integration().mvpdId())) {
                            return new NotFound();
                        }
                        return token.get().notAfter() <= clock.millis() ? new Expired() : new Granted(token.get());
                    }));
        });
    }

    @Override
    public Uni<V1Outcome> mediaToken(V1Query q) {
        return authorizationToken(q).map(outcome -> {
            if (outcome instanceof Granted g) {
                V1Authorization a = g.authorization();
                MediaToken token = tokens.issue(a.requestor(), a.resource(), a.mvpd(), a.proxyMvpd(),
                        a.sessionGuid());
                return new MediaTokenIssued(a, token);
            }
            if (outcome instanceof NotAuthenticated n) {
                return n;
            }
            return new Denied(outcome instanceof Expired ? "The authorization has expired; authorize again."
                    : "No authorization for this resource; call /api/v1/authorize first.");
        });
    }

    @Override
    public Uni<V1Outcome> preauthorize(V1Query q) {
        return Uni.createFrom().deferred(() -> {
            requireDevice(q);
            List<String> ids = new ArrayList<>();
            if (q.resource() != null) {
                for (String id : q.resource().split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
            if (ids.isEmpty()) {
                throw new EnhancedErrorException(EnhancedError.of(ErrorCode.MISSING_RESOURCE,
                        "Required 'resource' is not present.").withStatus(400));
            }
            List<Resource> resources = v1Resources(ids);
            return authenticated(q).chain(found -> {
                if (found.isEmpty()) {
                    return Uni.createFrom().item(new NotAuthenticated());
                }
                Authenticated a = found.get();
                int limit = core.limit(DecisionKind.PREAUTHORIZE, a.integration());
                if (resources.size() > limit) {
                    throw new EnhancedErrorException(ErrorCode.TOO_MANY_RESOURCES,
                            "At most " + limit + " resources per preauthorize request.");
                }
                Uni<DecisionsResult> decided = a.integration().isTempPass()
                        ? core.decideTempPass(DecisionKind.PREAUTHORIZE, q.requestor(), a.integration(), resources,
                                q.deviceId(), q.genericData(), false)
                        : core.decideAll(DecisionKind.PREAUTHORIZE, q.requestor(), a.integration(), a.profile(),
                                resources, false);
                return decided.map(r -> new Preauthorized(r.decisions()));
            });
        });
    }

    /** @return the device's v1 authentication, if any: its configuration, integration and profile */
    private Uni<Optional<Authenticated>> authenticated(V1Query q) {
        requireDevice(q);
        return configuration.find(q.requestor()).chain(found -> {
            SpConfiguration config = found.orElseThrow(() -> new EnhancedErrorException(EnhancedError.of(
                    ErrorCode.INVALID_REQUESTOR, "Unknown requestor '" + q.requestor() + "'.")));
            List<IntegrationConfig> integrations = config.enabledIntegrations();
            if (integrations.isEmpty()) {
                return Uni.createFrom().item(Optional.<Authenticated> empty());
            }
            List<Uni<Optional<Profile>>> lookups = new ArrayList<>(integrations.size());
            for (IntegrationConfig i : integrations) {
                lookups.add(profiles.find(q.requestor(), i.mvpdId(), V1_CLIENT_PREFIX + q.requestor(), q.deviceId()));
            }
            return Uni.join().all(lookups).andFailFast().map(results -> {
                long now = clock.millis();
                for (int i = 0; i < results.size(); i++) {
                    Optional<Profile> p = results.get(i);
                    if (p.isPresent() && !p.get().isExpiredAt(now)) {
                        return Optional.of(new Authenticated(config, integrations.get(i), p.get()));
                    }
                }
                return Optional.<Authenticated> empty();
            });
        });
    }

    private static void requireDevice(V1Query q) {
        if (q.requestor() == null || q.requestor().isBlank() || !Identifiers.isValidEntityId(q.requestor())) {
            throw new EnhancedErrorException(EnhancedError.of(ErrorCode.INVALID_REQUESTOR,
                    "Required 'requestor' is missing or invalid."));
        }
        if (q.deviceId() == null || q.deviceId().isBlank() || q.deviceId().length() > MAX_DEVICE_ID_CHARS) {
            throw new EnhancedErrorException(EnhancedError.of(ErrorCode.INVALID_DEVICE_ID,
                    "Required 'deviceId' is missing or invalid."));
        }
    }

    private static Resource singleResource(V1Query q) {
        requireDevice(q);
        if (q.resource() == null || q.resource().isBlank()) {
            throw new EnhancedErrorException(EnhancedError.of(ErrorCode.MISSING_RESOURCE,
                    "Required 'resource' is not present.").withStatus(400));
        }
        return v1Resources(List.of(q.resource())).get(0);
    }

    private static List<Resource> v1Resources(List<String> ids) {
        try {
            return ResourceParser.parseAll(ids);
        } catch (EnhancedErrorException e) {
            throw new EnhancedErrorException(EnhancedError.of(ErrorCode.MALFORMED_AUTHZ_REQUEST,
                    e.error().details()).withStatus(400));
        }
    }

    private static String details(EnhancedError error) {
        if (error == null) {
            return null;
        }
        return error.details() != null ? error.details() : error.message();
    }
}
