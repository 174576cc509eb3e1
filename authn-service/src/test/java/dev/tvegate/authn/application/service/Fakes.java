package dev.tvegate.authn.application.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.authn.application.port.out.CodeLookupPort;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.MvpdLoginPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.MvpdConfig;
import dev.tvegate.authn.domain.model.OidcEndpoints;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.authn.domain.model.TempPassConfig;
import io.smallrye.mutiny.Uni;

/** In-memory fakes of the out-ports, sharing one settable clock. */
final class Fakes {

    static final String SP = "REF30";

    private Fakes() {
    }

    /** Where the clocks of the session tests start. */
    static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

    static IntegrationConfig oidc(String mvpd, String degradation, boolean onBreakerOpen, String logoutUrl) {
        return new IntegrationConfig(mvpd, true, 86_400, 3_600, degradation, onBreakerOpen, 5, "claim",
                new MvpdConfig(mvpd, mvpd + " TV", null, MvpdConfig.PROTOCOL_OIDC, false,
                        new OidcEndpoints("https://" + mvpd + ".test", "tvegate", "secret", List.of("openid"), null,
                                logoutUrl),
                        null));
    }

    static IntegrationConfig tempPass(String mvpd) {
        return new IntegrationConfig(mvpd, true, 600, 600, "none", false, 5, "claim",
                new MvpdConfig(mvpd, "Temp Pass", null, MvpdConfig.PROTOCOL_TEMPPASS, true, null,
                        new TempPassConfig(600, false, 0, null)));
    }

    static SpConfiguration configuration(IntegrationConfig... integrations) {
        return new SpConfiguration(new SpConfiguration.ServiceProvider(SP, "Reference", List.of("adobe.com")),
                List.of(integrations));
    }

    static final class FakeConfiguration implements ConfigurationPort {
        final Map<String, SpConfiguration> bySp = new HashMap<>();

        @Override
        public Uni<Optional<SpConfiguration>> find(String serviceProvider) {
            return Uni.createFrom().item(Optional.ofNullable(bySp.get(serviceProvider)));
        }
    }

    static final class InMemorySessions implements SessionStorePort {
        final Map<String, AuthenticationSession> sessions = new HashMap<>();
        final Map<String, Duration> ttls = new HashMap<>();

        @Override
        public Uni<Void> save(AuthenticationSession session, Duration ttl) {
            sessions.put(session.code(), session);
            ttls.put(session.code(), ttl);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Boolean> saveIfAbsent(AuthenticationSession session, Duration ttl) {
            if (sessions.containsKey(session.code())) {
                return Uni.createFrom().item(false);
            }
            return save(session, ttl).replaceWith(true);
        }

        @Override
        public Uni<Optional<AuthenticationSession>> find(String code) {
            return Uni.createFrom().item(Optional.ofNullable(sessions.get(code)));
        }

        @Override
        public Uni<Void> delete(String code) {
            sessions.remove(code);
            return Uni.createFrom().voidItem();
        }
    }

    /** Keeps expired profiles (as a store could for a millisecond), so services must filter them. */
    static final class InMemoryProfiles implements ProfileStorePort {
        final Map<ProfileKey, Map<String, Profile>> byKey = new HashMap<>();
        final List<String> published = new ArrayList<>();

        @Override
        public Uni<Void> save(Profile p) {
            byKey.computeIfAbsent(p.key(), k -> new HashMap<>()).put(p.mvpd(), p);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<Profile>> findAll(ProfileKey key) {
            return Uni.createFrom().item(List.copyOf(byKey.getOrDefault(key, Map.of()).values()));
        }

        @Override
        public Uni<Optional<Profile>> find(ProfileKey key, String mvpd) {
            return Uni.createFrom().item(Optional.ofNullable(byKey.getOrDefault(key, Map.of()).get(mvpd)));
        }

        @Override
        public Uni<Optional<Profile>> findByCode(String code) {
            return Uni.createFrom().item(byKey.values().stream().flatMap(m -> m.values().stream())
                    .filter(p -> code.equals(p.code())).findFirst());
        }

        @Override
        public Uni<List<Profile>> delete(ProfileKey key, String mvpd) {
            Map<String, Profile> map = byKey.getOrDefault(key, new HashMap<>());
            List<Profile> deleted = new ArrayList<>();
            if (mvpd == null) {
                deleted.addAll(map.values());
                map.clear();
            } else if (map.containsKey(mvpd)) {
                deleted.add(map.remove(mvpd));
            }
            if (!deleted.isEmpty()) {
                published.add(key.hash());
            }
            return Uni.createFrom().item(deleted);
        }
    }

    static final class InMemoryCodeLookup implements CodeLookupPort {
        private final InMemorySessions sessions;
        private final InMemoryProfiles profiles;

        InMemoryCodeLookup(InMemorySessions sessions, InMemoryProfiles profiles) {
            this.sessions = sessions;
            this.profiles = profiles;
        }

        @Override
        public Uni<CodeLookup> lookup(String code) {
            return profiles.findByCode(code).chain(p -> sessions.find(code).map(s -> new CodeLookup(s, p)));
        }
    }

    /** An MVPD login adapter that only knows end-session URLs. */
    static final class EndSessionOnly implements MvpdLoginPort {
        @Override
        public String protocol() {
            return MvpdConfig.PROTOCOL_OIDC;
        }

        @Override
        public Uni<URI> authorizationUrl(LoginRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<MvpdIdentity> complete(CallbackRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Uni<Optional<URI>> endSessionUrl(MvpdConfig mvpd, String idTokenHint, String postLogoutRedirectUri) {
            return Uni.createFrom().item(Optional.of(URI.create("https://discovered.test/end?hint=" + idTokenHint)));
        }
    }
}
