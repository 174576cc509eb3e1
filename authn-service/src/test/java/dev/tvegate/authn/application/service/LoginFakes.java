package dev.tvegate.authn.application.service;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.tvegate.authn.application.port.out.ActivationAttemptsPort;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.LoginStatePort;
import dev.tvegate.authn.application.port.out.MvpdLoginPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.DeviceContext;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.LoginState;
import dev.tvegate.authn.domain.model.MvpdConfig;
import dev.tvegate.authn.domain.model.OidcEndpoints;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.authn.domain.model.TempPassConfig;
import io.smallrye.mutiny.Uni;

/** In-memory fakes of the ports the MVPD login and the activation page use. */
final class LoginFakes {

    static final String SP = "REF30";
    static final String MVPD = "Sandbox";
    static final String TEMPPASS = "TempPass_10";
    static final String DEGRADED = "Degraded";
    static final String DISABLED = "Gone";
    /** AuthNAll only while the MVPD is unreachable. */
    static final String FRAGILE = "Fragile";
    static final String ISSUER = "https://mvpd.test";

    private LoginFakes() {
    }

    static SpConfiguration configuration() {
        OidcEndpoints endpoints = new OidcEndpoints(ISSUER, "tvegate", "secret", List.of("openid"), null, null);
        return new SpConfiguration(new SpConfiguration.ServiceProvider(SP, "Reference site", List.of("tvegate.dev")),
                List.of(integration(MVPD, true, "none", new MvpdConfig(MVPD, "Sandbox TV", "https://mvpd.test/logo.svg",
                        "oidc", false, endpoints, null)),
                        integration(TEMPPASS, true, "none", new MvpdConfig(TEMPPASS, "Try it", null, "temppass", true,
                                null, new TempPassConfig(600, false, 0, null))),
                        integration(DEGRADED, true, "AuthNAll", new MvpdConfig(DEGRADED, "Degraded TV", null, "oidc",
                                false, endpoints, null)),
                        integration(DISABLED, false, "none", new MvpdConfig(DISABLED, "Gone TV", null, "oidc", false,
                                endpoints, null)),
                        new IntegrationConfig(FRAGILE, true, 86_400, 3_600, "AuthNAll", true, 5, "claim",
                                new MvpdConfig(FRAGILE, "Fragile TV", null, "oidc", false, endpoints, null))));
    }

    private static IntegrationConfig integration(String id, boolean enabled, String degradation, MvpdConfig mvpd) {
        return new IntegrationConfig(id, enabled, 86_400, 3_600, degradation, false, 5, "claim", mvpd);
    }

    static AuthenticationSession session(String code, String mvpd, String domain, String redirectUrl, long now) {
        return new AuthenticationSession(code, "session-" + code, SP, mvpd, domain, redirectUrl,
                new ClientContext("client-tv", "app-tv"), new DeviceContext("device-1", null, "UA", "198.51.100.7"),
                now, now + Duration.ofMinutes(30).toMillis());
    }

    /** Where the clocks of the login tests start. */
    static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    static final class Sessions implements SessionStorePort {
        final Map<String, AuthenticationSession> byCode = new HashMap<>();
        final Map<String, Duration> ttls = new HashMap<>();

        @Override
        public Uni<Void> save(AuthenticationSession s, Duration ttl) {
            byCode.put(s.code(), s);
            ttls.put(s.code(), ttl);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Optional<AuthenticationSession>> find(String code) {
            return Uni.createFrom().item(Optional.ofNullable(byCode.get(code)));
        }

        @Override
        public Uni<Void> delete(String code) {
            byCode.remove(code);
            return Uni.createFrom().voidItem();
        }
    }

    static final class Profiles implements ProfileStorePort {
        final List<Profile> saved = new ArrayList<>();

        @Override
        public Uni<Void> save(Profile p) {
            saved.removeIf(o -> o.key().equals(p.key()) && o.mvpd().equals(p.mvpd()));
            saved.add(p);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<List<Profile>> findAll(ProfileKey k) {
            return Uni.createFrom().item(saved.stream().filter(p -> p.key().equals(k)).toList());
        }

        @Override
        public Uni<Optional<Profile>> find(ProfileKey k, String mvpd) {
            return Uni.createFrom()
                    .item(saved.stream().filter(p -> p.key().equals(k) && p.mvpd().equals(mvpd)).findFirst());
        }

        @Override
        public Uni<Optional<Profile>> findByCode(String code) {
            return Uni.createFrom().item(saved.stream().filter(p -> code.equals(p.code())).findFirst());
        }

        @Override
        public Uni<List<Profile>> delete(ProfileKey k, String mvpd) {
            List<Profile> gone = saved.stream()
                    .filter(p -> p.key().equals(k) && (mvpd == null || p.mvpd().equals(mvpd))).toList();
            saved.removeAll(gone);
            return Uni.createFrom().item(gone);
        }
    }

    static final class States implements LoginStatePort {
        final Map<String, LoginState> byState = new HashMap<>();
        final Map<String, Duration> ttls = new HashMap<>();

        @Override
        public Uni<Void> save(String state, LoginState login, Duration ttl) {
            byState.put(state, login);
            ttls.put(state, ttl);
            return Uni.createFrom().voidItem();
        }

        @Override
        public Uni<Optional<LoginState>> take(String state) {
            return Uni.createFrom().item(Optional.ofNullable(byState.remove(state)));
        }
    }

    static final class Configuration implements ConfigurationPort {
        RuntimeException failure;

        @Override
        public Uni<Optional<SpConfiguration>> find(String serviceProvider) {
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            return Uni.createFrom().item(SP.equals(serviceProvider) ? Optional.of(configuration()) : Optional.empty());
        }
    }

    static final class Attempts implements ActivationAttemptsPort {
        final Map<String, Long> failures = new HashMap<>();

        @Override
        public Uni<Long> failures(String clientKey) {
            return Uni.createFrom().item(failures.getOrDefault(clientKey, 0L));
        }

        @Override
        public Uni<Long> recordFailure(String clientKey, Duration window) {
            return Uni.createFrom().item(failures.merge(clientKey, 1L, Long::sum));
        }
    }

    /** An MVPD login adapter that records requests and answers as told. */
    static final class Login implements MvpdLoginPort {
        final List<LoginRequest> starts = new ArrayList<>();
        final List<CallbackRequest> callbacks = new ArrayList<>();
        Function<CallbackRequest, Uni<MvpdIdentity>> answer = request -> Uni.createFrom()
                .item(new MvpdIdentity("u-alice-001", Map.of("householdID", "hh-1", "zip", "10001"), "id.token.jws"));

        @Override
        public String protocol() {
            return "oidc";
        }

        Function<LoginRequest, Uni<URI>> startAnswer = request -> Uni.createFrom()
                .item(URI.create(ISSUER + "/authorize?state=" + request.state()));

        @Override
        public Uni<URI> authorizationUrl(LoginRequest request) {
            starts.add(request);
            return startAnswer.apply(request);
        }

        @Override
        public Uni<MvpdIdentity> complete(CallbackRequest request) {
            callbacks.add(request);
            return answer.apply(request);
        }

        @Override
        public Uni<Optional<URI>> endSessionUrl(MvpdConfig mvpd, String idTokenHint, String postLogoutRedirectUri) {
            return Uni.createFrom().item(Optional.empty());
        }
    }
}
