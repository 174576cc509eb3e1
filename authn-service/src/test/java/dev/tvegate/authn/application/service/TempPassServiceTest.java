package dev.tvegate.authn.application.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.authn.application.port.in.ResetTempPassCommand;
import dev.tvegate.authn.application.port.in.TempPassTrialCommand;
import dev.tvegate.authn.application.port.in.TempPassTrialResult;
import dev.tvegate.authn.application.port.out.TempPassStorePort.Verdict;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.MvpdConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.authn.domain.model.TempPassConfig;
import dev.tvegate.authn.domain.model.TempPassIdentity;
import dev.tvegate.authn.domain.model.TempPassTrial.State;
import dev.tvegate.authn.domain.service.TrialMatching.Rule;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.testsupport.MutableClock;

import static dev.tvegate.authn.application.service.Fakes.SP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TempPass trials through the application service, with an in-memory store and a clock moved by hand. */
class TempPassServiceTest {

    private static final String BASIC = "TempPass_Basic";
    private static final String PROMO = "TempPass_Promo";
    private static final String BROKEN = "TempPass_Broken";
    private static final long TTL_SECONDS = 600;

    private final MutableClock clock = new MutableClock(Fakes.START);
    private final InMemoryTempPassStore store = new InMemoryTempPassStore();
    private TempPassService service;

    private static IntegrationConfig tempPass(String mvpd, TempPassConfig rule) {
        return new IntegrationConfig(mvpd, true, 600, 600, "none", false, 5, "claim",
                new MvpdConfig(mvpd, "Try it", null, MvpdConfig.PROTOCOL_TEMPPASS, true, null, rule));
    }

    @BeforeEach
    void setUp() {
        Fakes.FakeConfiguration configuration = new Fakes.FakeConfiguration();
        configuration.bySp.put(SP, Fakes.configuration(
                tempPass(BASIC, new TempPassConfig(TTL_SECONDS, false, 0, null)),
                tempPass(PROMO, new TempPassConfig(TTL_SECONDS, true, 2, "email")),
                tempPass(BROKEN, null),
                Fakes.oidc("Cablevision", "none", false, null)));
        service = new TempPassService(configuration, store, "Adobe", clock);
    }

    private static TempPassIdentity email(String value) {
        return TempPassIdentity.ofClaims(Map.of("email", value));
    }

    private TempPassTrialResult start(String mvpd, String device, TempPassIdentity identity) {
        return service.startOrRead(new TempPassTrialCommand(SP, mvpd, device, identity, null)).await().indefinitely();
    }

    private TempPassTrialResult count(String mvpd, String device, TempPassIdentity identity, String resource) {
        return service.countResource(new TempPassTrialCommand(SP, mvpd, device, identity, resource)).await()
                .indefinitely();
    }

    private Profile profile(String mvpd, String device, TempPassIdentity identity) {
        IntegrationConfig integration = TempPassService.tempPassIntegration(
                Fakes.configuration(tempPass(BASIC, new TempPassConfig(TTL_SECONDS, false, 0, null)),
                        tempPass(PROMO, new TempPassConfig(TTL_SECONDS, true, 2, "email")),
                        tempPass(BROKEN, null)),
                mvpd);
        return service.temporaryProfile(integration, new ProfileKey("client", device, SP), identity, null).await()
                .indefinitely();
    }

    private static void assertEec(Supplier<?> call, int status, String code) {
        assertThatThrownBy(call::get).isInstanceOfSatisfying(EnhancedErrorException.class, e -> {
            assertThat(e.error().status()).isEqualTo(status);
            assertThat(e.error().code()).isEqualTo(code);
        });
    }

    @Test
    void beforeTheFirstAuthorizationTheProfileShowsNowPlusTtlAndNothingIsStored() {
        long now = clock.millis();
        Profile p = profile(BASIC, "tv-1", TempPassIdentity.absent());
        assertThat(p.type()).isEqualTo(ProfileType.TEMPORARY);
        assertThat(p.issuer()).isEqualTo("Adobe");
        assertThat(p.notBefore()).isEqualTo(now);
        assertThat(p.notAfter()).isEqualTo(now + TTL_SECONDS * 1000);
        assertThat(p.attributes().get("userID").value().toString()).matches("temppass_[0-9a-f]{32}");
        assertThat(p.attributes().get("expiration_date").value()).isEqualTo(p.notAfter());
        assertThat(p.attributes()).doesNotContainKeys("remaining_resources", "used_assets");
        assertThat(store.trials).isEmpty();
    }

    @Test
    void theFirstAuthorizationStartsTheClockAndLaterOnesDoNotMoveIt() {
        clock.advance(Duration.ofMinutes(3)); // reading profiles earlier changed nothing
        long firstAuthorization = clock.millis();
        TempPassTrialResult first = start(BASIC, "tv-1", TempPassIdentity.absent());
        assertThat(first.state()).isEqualTo(State.ACTIVE);
        assertThat(first.trial().startedAt()).isEqualTo(firstAuthorization);
        assertThat(first.trial().expiresAt()).isEqualTo(firstAuthorization + TTL_SECONDS * 1000);

        clock.advance(Duration.ofMinutes(4));
        TempPassTrialResult again = start(BASIC, "tv-1", TempPassIdentity.absent());
        assertThat(again.trial().trialId()).isEqualTo(first.trial().trialId());
        assertThat(again.trial().startedAt()).isEqualTo(firstAuthorization);
        Profile p = profile(BASIC, "tv-1", TempPassIdentity.absent());
        assertThat(p.notBefore()).isEqualTo(firstAuthorization);
        assertThat(p.notAfter()).isEqualTo(firstAuthorization + TTL_SECONDS * 1000);
        assertThat(again.userId()).isEqualTo(p.attributes().get("userID").value());
        // another device has its own trial
        assertThat(start(BASIC, "tv-2", TempPassIdentity.absent()).trial().trialId())
                .isNotEqualTo(first.trial().trialId());
    }

    @Test
    void anExpiredTrialStaysExpiredUntilItIsReset() {
        start(BASIC, "tv-1", TempPassIdentity.absent());
        clock.advance(Duration.ofSeconds(TTL_SECONDS));
        assertEec(() -> profile(BASIC, "tv-1", TempPassIdentity.absent()), 403,
                "temporary_access_duration_limit_exceeded");
        TempPassTrialResult expired = start(BASIC, "tv-1", TempPassIdentity.absent());
        assertThat(expired.state()).isEqualTo(State.EXPIRED);
        assertThat(expired.refusal().code()).isEqualTo("temporary_access_duration_limit_exceeded");
        TempPassTrialResult counted = count(BASIC, "tv-1", TempPassIdentity.absent(), "REF30");
        assertThat(counted.verdict()).isEqualTo(Verdict.EXPIRED);
        assertThat(counted.refusal().status()).isEqualTo(403);

        clock.advance(Duration.ofDays(30));
        assertThat(start(BASIC, "tv-1", TempPassIdentity.absent()).state()).isEqualTo(State.EXPIRED);

        assertThat(service.reset(new ResetTempPassCommand(SP, BASIC, ResetTempPassCommand.By.DEVICE, "tv-1")).await()
                .indefinitely()).isEqualTo(1);
        long now = clock.millis();
        assertThat(profile(BASIC, "tv-1", TempPassIdentity.absent()).notAfter()).isEqualTo(now + TTL_SECONDS * 1000);
        assertThat(start(BASIC, "tv-1", TempPassIdentity.absent()).state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void promotionalTrialsCountDistinctResourcesUpToTheLimit() {
        TempPassIdentity alice = email("alice@example.com");
        TempPassTrialResult a = count(PROMO, "tv-1", alice, "movie-a");
        assertThat(a.verdict()).isEqualTo(Verdict.COUNTED);
        assertThat(a.refusal()).isNull();
        Profile p = profile(PROMO, "tv-1", alice);
        assertThat(p.attributes().get("remaining_resources").value()).isEqualTo(1);
        assertThat(p.attributes().get("used_assets").value()).isEqualTo(List.of("movie-a"));

        assertThat(count(PROMO, "tv-1", alice, "movie-b").verdict()).isEqualTo(Verdict.COUNTED);
        // playing a counted resource again costs nothing
        TempPassTrialResult replay = count(PROMO, "tv-1", alice, "movie-a");
        assertThat(replay.verdict()).isEqualTo(Verdict.ALREADY_COUNTED);
        assertThat(replay.refusal()).isNull();
        assertThat(replay.state()).isEqualTo(State.RESOURCES_EXHAUSTED);
        TempPassTrialResult third = count(PROMO, "tv-1", alice, "movie-c");
        assertThat(third.verdict()).isEqualTo(Verdict.LIMIT_REACHED);
        assertThat(third.refusal().code()).isEqualTo("temporary_access_resources_limit_exceeded");
        assertThat(third.trial().usedResources()).containsExactlyInAnyOrder("movie-a", "movie-b");
        assertEec(() -> profile(PROMO, "tv-1", alice), 403, "temporary_access_resources_limit_exceeded");
    }

    @Test
    void theFourMatchingRules() {
        TempPassIdentity h1 = email("one@example.com");
        String t1 = start(PROMO, "d1", h1).trial().trialId();
        assertThat(store.lastRule).isEqualTo(Rule.NEW_TRIAL);
        // existing hash + new device -> the hash's trial
        assertThat(start(PROMO, "d2", h1).trial().trialId()).isEqualTo(t1);
        assertThat(store.lastRule).isEqualTo(Rule.BY_IDENTITY);
        // new hash + existing device -> the device's trial
        assertThat(start(PROMO, "d1", email("two@example.com")).trial().trialId()).isEqualTo(t1);
        assertThat(store.lastRule).isEqualTo(Rule.BY_DEVICE);
        // ... and that hash now belongs to it: on a third device it finds the same trial
        assertThat(start(PROMO, "d9", email("two@example.com")).trial().trialId()).isEqualTo(t1);
        // existing + existing -> existing
        assertThat(start(PROMO, "d2", h1).trial().trialId()).isEqualTo(t1);
        assertThat(store.lastRule).isEqualTo(Rule.BOTH_EXISTING);
        // a new hash on a new device is a new trial
        String t3 = start(PROMO, "d3", email("three@example.com")).trial().trialId();
        assertThat(t3).isNotEqualTo(t1);
        // both known, on different trials: the device's trial wins
        assertThat(start(PROMO, "d3", h1).trial().trialId()).isEqualTo(t3);
        assertThat(store.lastRule).isEqualTo(Rule.BOTH_EXISTING);
    }

    @Test
    void aPlainAddressAndItsSha256SelectTheSameTrial() {
        String t = start(PROMO, "d1", email("user@domain.com")).trial().trialId();
        assertThat(start(PROMO, "d2",
                email("f7ee5ec7312165148b69fcca1d29075b14b8aef0b5048a332b18b88d09069fb7")).trial().trialId())
                .isEqualTo(t);
    }

    @Test
    void promotionalTempPassNeedsAnIdentityBasicIgnoresIt() {
        assertEec(() -> start(PROMO, "d1", TempPassIdentity.absent()), 400,
                "invalid_header_identity_for_temporary_access");
        assertEec(() -> profile(PROMO, "d1", TempPassIdentity.malformed("bad")), 400,
                "invalid_header_identity_for_temporary_access");
        assertThat(start(BASIC, "d1", TempPassIdentity.malformed("bad")).state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void aTempPassMvpdWithoutARuleIsAConfigurationErrorAndOtherMvpdsAreRefused() {
        assertEec(() -> start(BROKEN, "d1", TempPassIdentity.absent()), 500, "invalid_configuration_temporary_access");
        assertEec(() -> start("Cablevision", "d1", TempPassIdentity.absent()), 400, "invalid_parameter_mvpd");
        assertEec(() -> start("NoSuch", "d1", TempPassIdentity.absent()), 400, "invalid_parameter_mvpd");
        assertEec(() -> service.startOrRead(new TempPassTrialCommand("NOSP", BASIC, "d1", null, null)).await()
                .indefinitely(), 400, "invalid_parameter_service_provider");
        assertEec(() -> start(BASIC, " ", TempPassIdentity.absent()), 400, "invalid_header_device_identifier");
        assertEec(() -> count(BASIC, "d1", TempPassIdentity.absent(), ""), 400, "invalid_parameter_resources");
    }

    @Test
    void resetsByIdentityAndOfEveryTrial() {
        start(PROMO, "d1", email("one@example.com"));
        start(PROMO, "d2", email("two@example.com"));
        start(BASIC, "d1", TempPassIdentity.absent());
        String h1 = "7e6d7b2a"; // not linked: nothing to reset
        assertThat(service.reset(new ResetTempPassCommand(SP, PROMO, ResetTempPassCommand.By.IDENTITY, h1)).await()
                .indefinitely()).isZero();
        String hashOfOne = dev.tvegate.kernel.code.Secrets.sha256Hex("one@example.com");
        assertThat(service.reset(new ResetTempPassCommand(SP, PROMO, ResetTempPassCommand.By.IDENTITY, hashOfOne))
                .await().indefinitely()).isEqualTo(1);
        assertThat(service.reset(new ResetTempPassCommand(SP, PROMO, ResetTempPassCommand.By.IDENTITY, "all"))
                .await().indefinitely()).isEqualTo(1);
        // the basic MVPD's trial is untouched
        assertThat(store.trials).hasSize(1);
        assertEec(() -> service.reset(new ResetTempPassCommand(SP, "Cablevision", ResetTempPassCommand.By.DEVICE,
                null)).await().indefinitely(), 400, "invalid_parameter_mvpd");
        assertEec(() -> service.reset(new ResetTempPassCommand(null, BASIC, ResetTempPassCommand.By.DEVICE, null))
                .await().indefinitely(), 400, "invalid_parameter_service_provider");
        assertEec(() -> service.reset(new ResetTempPassCommand(SP, PROMO, ResetTempPassCommand.By.IDENTITY,
                "not a hash!")).await().indefinitely(), 400, "invalid_header_identity_for_temporary_access");
    }
}
