package dev.tvegate.authz.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.tvegate.authz.application.port.in.AuthorizeCommand;
import dev.tvegate.authz.application.port.in.DeviceHeaders;
import dev.tvegate.authz.application.port.out.DecisionCachePort;
import dev.tvegate.authz.application.port.out.EntitlementPort;
import dev.tvegate.authz.application.port.out.MediaTokenIssuerPort;
import dev.tvegate.authz.application.port.out.TempPassPort;
import dev.tvegate.authz.domain.error.ProfileUnavailableException;
import dev.tvegate.authz.domain.model.CachedDecision;
import dev.tvegate.authz.domain.model.Decision;
import dev.tvegate.authz.domain.model.DecisionKind;
import dev.tvegate.authz.domain.model.EntitlementAnswer;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.MediaToken;
import dev.tvegate.authz.domain.model.MvpdConfig;
import dev.tvegate.authz.domain.model.OidcEndpoints;
import dev.tvegate.authz.domain.model.Profile;
import dev.tvegate.authz.domain.model.Resource;
import dev.tvegate.authz.domain.model.SpConfiguration;
import dev.tvegate.authz.domain.model.TempPassAnswer;
import dev.tvegate.authz.domain.model.TempPassConfig;
import dev.tvegate.authz.domain.service.DecisionKeys;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision rules with in-memory fakes of every out-port. */
class AuthorizeServiceTest {

    static final long NOW = 1_800_000_000_000L;
    static final String DEVICE = "fingerprint " + Base64.getEncoder().encodeToString("device-1".getBytes());

    final Map<String, IntegrationConfig> integrations = new HashMap<>();
    Optional<Profile> profile = Optional.of(profile(Map.of("userID", "u1", "entitlements", List.of("REF30"))));
    RuntimeException profileFailure;
    final FakeMvpd mvpd = new FakeMvpd();
    final FakeCache cache = new FakeCache();
    final List<String> tokensIssuedFor = new ArrayList<>();
    final List<String> tempPassCalls = new ArrayList<>();
    TempPassAnswer tempPassAnswer = new TempPassAnswer("temppass_abc", NOW - 1000, NOW + 600_000, null);
    final TempPassPort tempPass = (sp, m, device, identity, resource) -> {
        tempPassCalls.add(device + "|" + identity + "|" + resource);
        return Uni.createFrom().item(tempPassAnswer);
    };

    AuthorizeService service() {
        SpConfiguration config = new SpConfiguration(new SpConfiguration.ServiceProvider("REF30", "Ref", List.of()),
                List.copyOf(integrations.values()));
        return new AuthorizeService(sp -> Uni.createFrom().item(sp.equals("REF30") ? Optional.of(config)
                : Optional.empty()),
                (sp, m, client, device) -> profileFailure != null ? Uni.createFrom().failure(profileFailure)
                        : Uni.createFrom().item(profile),
                mvpd, cache, new MediaTokenIssuerPort() {
                    @Override
                    public String jwksJson() {
                        return "{\"keys\":[]}";
                    }

                    @Override
                    public MediaToken issue(String sp, String resource, String m, String proxy, String sid) {
                        tokensIssuedFor.add(resource);
                        return new MediaToken(NOW, NOW + 420_000, "token-for-" + resource);
                    }
                }, tempPass, Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC), 1);
    }

    static Profile profile(Map<String, Object> attributes) {
        return new Profile("Cablevision", "regular", "Cablevision", NOW - 1000, NOW + 86_400_000, attributes);
    }

    static IntegrationConfig integration(String mvpd, String mode, String degradation, boolean onBreakerOpen) {
        return new IntegrationConfig(mvpd, true, 86_400, 3_600, degradation, onBreakerOpen, 5, mode,
                new MvpdConfig(mvpd, mvpd, null, "oidc", false, new OidcEndpoints("https://mvpd", "id", "secret",
                        List.of(), "https://mvpd/entitlements", null), null));
    }

    List<Decision> decide(DecisionKind kind, String mvpdId, String... resources) {
        return service().decide(new AuthorizeCommand(kind, "REF30", mvpdId, "client-1",
                new DeviceHeaders(DEVICE, null, null, "198.51.100.1"), List.of(resources), null)).await().indefinitely()
                .decisions();
    }

    @Test
    void profile_claim_permits_listed_channels_with_a_token_and_denies_others_with_details() {
        integrations.put("Cablevision", integration("Cablevision", "profile-claim", "none", false));

        Decision permit = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);
        Decision deny = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF40").get(0);

        assertThat(permit.authorized()).isTrue();
        assertThat(permit.source().wire()).isEqualTo("mvpd");
        assertThat(permit.token().serializedToken()).isEqualTo("token-for-REF30");
        assertThat(permit.notBefore()).isEqualTo(NOW);
        assertThat(permit.notAfter()).isEqualTo(NOW + 3_600_000);
        assertThat(deny.authorized()).isFalse();
        assertThat(deny.token()).isNull();
        assertThat(deny.error().code()).isEqualTo("authorization_denied_by_mvpd");
        assertThat(deny.error().details()).contains("REF40");
        assertThat(tokensIssuedFor).containsExactly("REF30");
        assertThat(mvpd.calls).hasValue(0);
    }

    @Test
    void the_mvpd_answer_is_cached_for_min_of_authz_ttl_and_mvpd_ttl_and_reused() {
        integrations.put("Cablevision", integration("Cablevision", "mvpd-endpoint", "none", false));
        mvpd.answer = new EntitlementAnswer.Answered(true, null, false, 600);

        Decision first = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);
        Decision second = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);

        assertThat(first.authorized()).isTrue();
        assertThat(first.notAfter()).isEqualTo(NOW + 600_000);
        assertThat(cache.ttls).containsExactly(Duration.ofSeconds(600));
        assertThat(second.authorized()).isTrue();
        assertThat(second.token()).isNotNull();
        assertThat(mvpd.calls).hasValue(1);
        assertThat(mvpd.subjects).containsExactly("u1");
    }

    @Test
    void a_parental_control_deny_keeps_the_mvpd_message_and_preauthorize_uses_its_own_code() {
        integrations.put("Cablevision", integration("Cablevision", "mvpd-endpoint", "none", false));
        mvpd.answer = new EntitlementAnswer.Answered(false, "Blocked by parental controls", true, 0);
        Decision parental = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);
        assertThat(parental.error().code()).isEqualTo("authorization_denied_by_parental_controls");
        assertThat(parental.error().details()).isEqualTo("Blocked by parental controls");
        assertThat(parental.error().status()).isEqualTo(403);

        mvpd.answer = new EntitlementAnswer.Answered(false, "Not in your package", false, 0);
        Decision pre = decide(DecisionKind.PREAUTHORIZE, "Cablevision", "REF40").get(0);
        assertThat(pre.error().code()).isEqualTo("preauthorization_denied_by_mvpd");
        assertThat(pre.notBefore()).isNull();
    }

    @Test
    void preauthorize_answers_each_resource_in_order_without_tokens_or_times() {
        integrations.put("Cablevision", integration("Cablevision", "profile-claim", "none", false));
        List<Decision> d = decide(DecisionKind.PREAUTHORIZE, "Cablevision", "A", "REF30", "C", "D", "E");
        assertThat(d).extracting(Decision::resource).containsExactly("A", "REF30", "C", "D", "E");
        assertThat(d).extracting(Decision::authorized).containsExactly(false, true, false, false, false);
        assertThat(d).allSatisfy(x -> {
            assertThat(x.token()).isNull();
            assertThat(x.notBefore()).isNull();
        });
    }

    @Test
    void resource_limits_give_too_many_resources() {
        integrations.put("Cablevision", integration("Cablevision", "profile-claim", "none", false));
        assertThatThrownBy(() -> decide(DecisionKind.AUTHORIZE, "Cablevision", "A", "B"))
                .isInstanceOfSatisfying(EnhancedErrorException.class, e -> {
                    assertThat(e.error().code()).isEqualTo("too_many_resources");
                    assertThat(e.error().action().wire()).isEqualTo("configuration");
                });
        assertThatThrownBy(() -> decide(DecisionKind.PREAUTHORIZE, "Cablevision", "A", "B", "C", "D", "E", "F"))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().details()).contains("At most 5"));
    }

    @Test
    void a_missing_expired_or_unreachable_profile_never_permits() {
        integrations.put("Cablevision", integration("Cablevision", "profile-claim", "none", false));
        profile = Optional.empty();
        assertThatThrownBy(() -> decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30"))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("authenticated_profile_missing"));
        profile = Optional.of(new Profile("Cablevision", "regular", "x", NOW - 10, NOW - 1, Map.of()));
        assertThatThrownBy(() -> decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30"))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("authenticated_profile_expired"));
        profileFailure = new ProfileUnavailableException(true, "authn down", null);
        assertThatThrownBy(() -> decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30"))
                .isInstanceOf(ProfileUnavailableException.class);
        assertThat(tokensIssuedFor).isEmpty();
    }

    @Test
    void unknown_sp_disabled_or_unknown_mvpd_are_400() {
        integrations.put("Cablevision", integration("Cablevision", "profile-claim", "none", false));
        assertThatThrownBy(() -> service().decide(new AuthorizeCommand(DecisionKind.AUTHORIZE, "NOPE", "Cablevision",
                "c", new DeviceHeaders(DEVICE, null, null, null), List.of("REF30"), null)).await().indefinitely())
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_parameter_service_provider"));
        assertThatThrownBy(() -> decide(DecisionKind.AUTHORIZE, "Comcast", "REF30"))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_parameter_mvpd"));
        assertThatThrownBy(() -> service().decide(new AuthorizeCommand(DecisionKind.AUTHORIZE, "REF30", "Cablevision",
                "c", new DeviceHeaders(null, null, null, null), List.of("REF30"), null)).await().indefinitely())
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_header_device_identifier"));
    }

    @Test
    void standing_degradation_rules_apply_without_asking_the_mvpd() {
        integrations.put("AllTV", integration("AllTV", "mvpd-endpoint", "AuthZAll", false));
        integrations.put("NoneTV", integration("NoneTV", "mvpd-endpoint", "AuthZNone", false));

        Decision all = decide(DecisionKind.AUTHORIZE, "AllTV", "REF99").get(0);
        Decision none = decide(DecisionKind.AUTHORIZE, "NoneTV", "REF99").get(0);

        assertThat(all.authorized()).isTrue();
        assertThat(all.source().wire()).isEqualTo("degradation");
        assertThat(all.token()).isNotNull();
        assertThat(all.notBefore()).as("AuthZAll: permit with token, no decision times").isNull();
        assertThat(none.authorized()).isFalse();
        assertThat(none.source().wire()).isEqualTo("degradation");
        assertThat(none.error().code()).isEqualTo("authorization_denied_by_degradation_rule");
        assertThat(mvpd.calls).hasValue(0);
    }

    @Test
    void a_degraded_profile_is_permitted_with_decision_times() {
        integrations.put("Cablevision", integration("Cablevision", "mvpd-endpoint", "AuthNAll", false));
        profile = Optional.of(new Profile("Cablevision", "degraded", "Adobe", NOW - 10, NOW + 3_600_000, Map.of()));
        Decision d = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);
        assertThat(d.authorized()).isTrue();
        assertThat(d.source().wire()).isEqualTo("degradation");
        assertThat(d.notAfter()).isEqualTo(NOW + 3_600_000);
        assertThat(mvpd.calls).hasValue(0);
    }

    @Test
    void an_unavailable_mvpd_is_an_item_level_network_error_unless_the_breaker_rule_is_opted_in() {
        integrations.put("Cablevision", integration("Cablevision", "mvpd-endpoint", "AuthZAll", true));
        integrations.put("Plain", integration("Plain", "mvpd-endpoint", "none", false));

        mvpd.answer = new EntitlementAnswer.Unavailable(true, false, "MVPD Cablevision did not answer in time.");
        Decision timeout = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);
        assertThat(timeout.authorized()).isFalse();
        assertThat(timeout.error().code()).isEqualTo("network_connection_timeout");
        assertThat(timeout.error().action().wire()).isEqualTo("retry");

        mvpd.answer = new EntitlementAnswer.Unavailable(false, true, "paused");
        Decision degraded = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);
        assertThat(degraded.authorized()).isTrue();
        assertThat(degraded.source().wire()).isEqualTo("degradation");

        Decision plain = decide(DecisionKind.AUTHORIZE, "Plain", "REF30").get(0);
        assertThat(plain.authorized()).isFalse();
        assertThat(plain.error().code()).isEqualTo("network_received_error");
        assertThat(cache.ttls).as("failures are never cached").isEmpty();
    }

    @Test
    void the_cache_never_outlives_the_profile() {
        integrations.put("Cablevision", integration("Cablevision", "mvpd-endpoint", "none", false));
        profile = Optional.of(new Profile("Cablevision", "regular", "x", NOW - 10, NOW + 60_000,
                Map.of("userID", "u1")));
        mvpd.answer = EntitlementAnswer.Answered.permitted();
        Decision d = decide(DecisionKind.AUTHORIZE, "Cablevision", "REF30").get(0);
        assertThat(d.notAfter()).isEqualTo(NOW + 60_000);
        assertThat(cache.ttls).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void a_five_resource_preauthorize_with_every_decision_cached_makes_one_cache_read_and_no_mvpd_call() {
        integrations.put("Cablevision", integration("Cablevision", "mvpd-endpoint", "none", false));
        mvpd.answer = new EntitlementAnswer.Answered(true, null, false, 600);
        List<Decision> first = decide(DecisionKind.PREAUTHORIZE, "Cablevision", "R1", "R2", "R3", "R4", "R5");
        assertThat(first).extracting(Decision::authorized).containsOnly(true);
        assertThat(mvpd.calls).hasValue(5);
        assertThat(cache.reads).as("one batch read even when all miss").hasValue(1);
        assertThat(cache.entries).hasSize(5);
        // the stored keys are exactly the single-resource keys
        assertThat(cache.entries.keySet()).contains(DecisionKeys.decisionKey("REF30", "Cablevision", "u1", "R3"));

        cache.reads.set(0);
        mvpd.answer = new EntitlementAnswer.Answered(false, "not now", false, 600); // would show if asked
        List<Decision> cached = decide(DecisionKind.PREAUTHORIZE, "Cablevision", "R1", "R2", "R3", "R4", "R5");

        assertThat(cache.reads).as("ONE cache read for 5 cached resources").hasValue(1);
        assertThat(mvpd.calls).as("no MVPD call").hasValue(5);
        assertThat(cached).extracting(Decision::resource).containsExactly("R1", "R2", "R3", "R4", "R5");
        assertThat(cached).allSatisfy(d -> {
            assertThat(d.authorized()).isTrue();
            assertThat(d.source().wire()).isEqualTo("mvpd");
            assertThat(d.token()).isNull();
        });
        assertThat(tokensIssuedFor).isEmpty();
    }

    @Test
    void a_partly_cached_preauthorize_asks_the_mvpd_only_for_the_misses_and_keeps_request_order() {
        integrations.put("Cablevision", integration("Cablevision", "mvpd-endpoint", "none", false));
        mvpd.answer = new EntitlementAnswer.Answered(true, null, false, 600);
        decide(DecisionKind.PREAUTHORIZE, "Cablevision", "R2", "R4");
        cache.reads.set(0);
        mvpd.answer = new EntitlementAnswer.Answered(false, "not entitled", false, 600);

        List<Decision> mixed = decide(DecisionKind.PREAUTHORIZE, "Cablevision", "R1", "R2", "R3", "R4", "R5");

        assertThat(cache.reads).hasValue(1);
        assertThat(mvpd.calls).hasValue(2 + 3);
        assertThat(mixed).extracting(Decision::resource).containsExactly("R1", "R2", "R3", "R4", "R5");
        assertThat(mixed).extracting(Decision::authorized).containsExactly(false, true, false, true, false);
    }

    static final class FakeMvpd implements EntitlementPort {
        final AtomicInteger calls = new AtomicInteger();
        final List<String> subjects = Collections.synchronizedList(new ArrayList<>());
        EntitlementAnswer answer = EntitlementAnswer.Answered.permitted();

        @Override
        public Uni<EntitlementAnswer> check(IntegrationConfig integration, String subject, Resource resource) {
            calls.incrementAndGet();
            subjects.add(subject);
            return Uni.createFrom().item(answer);
        }
    }

    static final class FakeCache implements DecisionCachePort {
        final Map<String, CachedDecision> entries = new HashMap<>();
        final List<Duration> ttls = new ArrayList<>();
        /** Cache reads (a {@code find} or a {@code findAll} counts one each: one round trip). */
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Uni<Optional<CachedDecision>> find(String key) {
            reads.incrementAndGet();
            return Uni.createFrom().item(Optional.ofNullable(entries.get(key)));
        }

        @Override
        public Uni<Map<String, CachedDecision>> findAll(List<String> keys) {
            reads.incrementAndGet();
            Map<String, CachedDecision> hits = new HashMap<>();
            for (String k : keys) {
                if (entries.containsKey(k)) {
                    hits.put(k, entries.get(k));
                }
            }
            return Uni.createFrom().item(hits);
        }

        @Override
        public Uni<Void> save(String key, CachedDecision decision, Duration ttl) {
            entries.put(key, decision);
            ttls.add(ttl);
            return Uni.createFrom().voidItem();
        }
    }

    @Test
    void tempPass_authorize_asks_authn_per_resource_and_preauthorize_permits_without_counting() {
        integrations.put("TempPass_TEST40", new IntegrationConfig("TempPass_TEST40", true, 600, 600, "none", false, 5,
                "profile-claim", new MvpdConfig("TempPass_TEST40", "Temp Pass", null, "temppass", true, null,
                        new TempPassConfig(600, true, 2, "email"))));
        profile = Optional.empty(); // no profile look-up for TempPass
        String mrss = "<rss><channel><title>CH</title><item><guid>movie-a</guid></item></channel></rss>";

        Decision permit = decide(DecisionKind.AUTHORIZE, "TempPass_TEST40", mrss).get(0);
        assertThat(permit.authorized()).isTrue();
        assertThat(permit.source().wire()).isEqualTo("temppass");
        assertThat(permit.token()).isNotNull();
        assertThat(permit.notAfter()).isEqualTo(NOW + 600_000);
        assertThat(tempPassCalls).containsExactly("device-1|null|movie-a");

        tempPassAnswer = new TempPassAnswer(null, 0, 0,
                EnhancedError.of(ErrorCode.TEMPORARY_ACCESS_RESOURCES_LIMIT_EXCEEDED));
        Decision limit = decide(DecisionKind.AUTHORIZE, "TempPass_TEST40", "movie-c").get(0);
        assertThat(limit.authorized()).isFalse();
        assertThat(limit.source().wire()).isEqualTo("temppass");
        assertThat(limit.error().code()).isEqualTo("temporary_access_resources_limit_exceeded");

        List<Decision> pre = decide(DecisionKind.PREAUTHORIZE, "TempPass_TEST40", "x", "y", "z");
        assertThat(pre).allSatisfy(d -> {
            assertThat(d.authorized()).isTrue();
            assertThat(d.source().wire()).isEqualTo("temppass");
        });
        assertThat(tempPassCalls).hasSize(2);
    }
}
