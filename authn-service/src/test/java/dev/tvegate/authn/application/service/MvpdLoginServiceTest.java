package dev.tvegate.authn.application.service;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tvegate.authn.application.port.in.CompleteMvpdLoginCommand;
import dev.tvegate.authn.application.port.in.CompleteMvpdLoginResult;
import dev.tvegate.authn.application.port.in.StartMvpdLoginCommand;
import dev.tvegate.authn.application.port.in.StartMvpdLoginResult;
import dev.tvegate.authn.domain.error.MvpdLoginException;
import dev.tvegate.authn.domain.error.MvpdLoginException.Reason;
import dev.tvegate.authn.domain.model.LoginState;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.authn.domain.service.DegradedProfiles;
import dev.tvegate.authn.domain.service.Pkce;
import dev.tvegate.testsupport.MutableClock;
import io.smallrye.mutiny.Uni;

import static dev.tvegate.authn.application.service.LoginFakes.DEGRADED;
import static dev.tvegate.authn.application.service.LoginFakes.DISABLED;
import static dev.tvegate.authn.application.service.LoginFakes.MVPD;
import static dev.tvegate.authn.application.service.LoginFakes.SP;
import static dev.tvegate.authn.application.service.LoginFakes.TEMPPASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MvpdLoginServiceTest {

    private static final URI CALLBACK = URI.create("https://tvegate.dev/api/v2/authenticate/callback");
    private static final String REDIRECT = "https://app.tvegate.dev/done";

    private final LoginFakes.Sessions sessions = new LoginFakes.Sessions();
    private final LoginFakes.Profiles profiles = new LoginFakes.Profiles();
    private final LoginFakes.States states = new LoginFakes.States();
    private final LoginFakes.Configuration configuration = new LoginFakes.Configuration();
    private final LoginFakes.Login login = new LoginFakes.Login();
    private final MutableClock clock = new MutableClock(LoginFakes.START);
    private final MvpdLoginService service = new MvpdLoginService(sessions, configuration, states, profiles,
            new MvpdLoginRegistry(List.of(login)),
            new MvpdLoginService.Settings(CALLBACK, Duration.ofMinutes(10), "Adobe"), clock);

    private void givenSession(String code, String mvpd) {
        sessions.save(LoginFakes.session(code, mvpd, "tvegate.dev", REDIRECT, clock.millis()), Duration.ofMinutes(30));
    }

    private StartMvpdLoginResult start(String sp, String code) {
        return service.start(new StartMvpdLoginCommand(sp, code)).await().indefinitely();
    }

    private static MvpdLoginException failureOf(Uni<?> uni) {
        return catchThrowableOfType(MvpdLoginException.class, () -> uni.await().indefinitely());
    }

    @Test
    void startBindsAFreshStateToTheSessionAndSendsTheS256ChallengeOfTheStoredVerifier() {
        givenSession("BCDFGHJK", MVPD);

        StartMvpdLoginResult result = start(SP, "bcdf-ghjk");

        assertThat(result).isInstanceOf(StartMvpdLoginResult.RedirectToMvpd.class);
        assertThat(login.starts).hasSize(1);
        var request = login.starts.get(0);
        assertThat(request.callbackUri()).isEqualTo(CALLBACK);
        assertThat(request.state()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(request.nonce()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(request.state());
        LoginState bound = states.byState.get(request.state());
        assertThat(bound.code()).isEqualTo("BCDFGHJK");
        assertThat(bound.serviceProvider()).isEqualTo(SP);
        assertThat(bound.mvpd()).isEqualTo(MVPD);
        assertThat(bound.nonce()).isEqualTo(request.nonce());
        assertThat(bound.redirectUrl()).isEqualTo(REDIRECT);
        assertThat(Pkce.challengeS256(bound.pkceVerifier())).isEqualTo(request.codeChallenge());
        assertThat(states.ttls.get(request.state())).isEqualTo(Duration.ofMinutes(10));

        start(SP, "BCDFGHJK");
        assertThat(login.starts.get(1).state()).isNotEqualTo(request.state());
        assertThat(login.starts.get(1).codeChallenge()).isNotEqualTo(request.codeChallenge());
    }

    @Test
    void anUnknownExpiredOrForeignCodeIsNotFoundAndStoresNoState() {
        givenSession("BCDFGHJK", MVPD);
        assertThat(failureOf(service.start(new StartMvpdLoginCommand(SP, "ZZZZZZZZ"))).reason())
                .isEqualTo(Reason.SESSION_NOT_FOUND);
        assertThat(failureOf(service.start(new StartMvpdLoginCommand("OTHER", "BCDFGHJK"))).reason())
                .isEqualTo(Reason.SESSION_NOT_FOUND);
        clock.advance(Duration.ofMinutes(31));
        assertThat(failureOf(service.start(new StartMvpdLoginCommand(SP, "BCDFGHJK"))).reason())
                .isEqualTo(Reason.SESSION_NOT_FOUND);
        assertThat(states.byState).isEmpty();
    }

    @Test
    void anIncompleteSessionCannotStartAndTheFailureRemembersTheCodeForThePicker() {
        sessions.save(LoginFakes.session("BCDFGHJK", null, "tvegate.dev", REDIRECT, clock.millis()),
                Duration.ofMinutes(30));
        MvpdLoginException e = failureOf(service.start(new StartMvpdLoginCommand(SP, "BCDFGHJK")));
        assertThat(e.reason()).isEqualTo(Reason.SESSION_INCOMPLETE);
        assertThat(e.code()).isEqualTo("BCDFGHJK");
        assertThat(e.getMessage()).contains("mvpd");
    }

    @Test
    void aDisabledIntegrationIsNotAvailable() {
        givenSession("BCDFGHJK", DISABLED);
        assertThat(failureOf(service.start(new StartMvpdLoginCommand(SP, "BCDFGHJK"))).reason())
                .isEqualTo(Reason.MVPD_NOT_AVAILABLE);
        assertThat(login.starts).isEmpty();
    }

    @Test
    void tempPassNeedsNoSignInAndGoesStraightToTheRedirectUrl() {
        givenSession("BCDFGHJK", TEMPPASS);
        assertThat(start(SP, "BCDFGHJK"))
                .isEqualTo(new StartMvpdLoginResult.NoLoginNeeded(REDIRECT, "temporary"));
        assertThat(login.starts).isEmpty();
        assertThat(profiles.saved).isEmpty();
    }

    @Test
    void authNAllStoresADegradedProfileBoundToTheCodeInsteadOfSigningIn() {
        givenSession("BCDFGHJK", DEGRADED);
        assertThat(start(SP, "BCDFGHJK")).isEqualTo(new StartMvpdLoginResult.NoLoginNeeded(REDIRECT, "degraded"));
        assertThat(login.starts).isEmpty();
        assertThat(profiles.saved).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ProfileType.DEGRADED);
            assertThat(p.issuer()).isEqualTo("Adobe");
            assertThat(p.code()).isEqualTo("BCDFGHJK");
            assertThat((String) p.attributes().get("userID").value()).startsWith(DegradedProfiles.USER_ID_PREFIX);
        });
    }

    @Test
    void whenTheConfigurationCannotBeLoadedTheLoginIsUnavailable() {
        givenSession("BCDFGHJK", MVPD);
        configuration.failure = new IllegalStateException("registration down");
        assertThat(failureOf(service.start(new StartMvpdLoginCommand(SP, "BCDFGHJK"))).reason())
                .isEqualTo(Reason.CONFIGURATION_UNAVAILABLE);
    }

    // ------------------------------------------------------------------------------------------------ callback

    private String startedState() {
        givenSession("BCDFGHJK", MVPD);
        start(SP, "BCDFGHJK");
        return login.starts.get(login.starts.size() - 1).state();
    }

    @Test
    void aCallbackStoresARegularProfileBoundToTheSessionAndAnswersTheRedirectUrl() {
        String state = startedState();
        LoginState bound = states.byState.get(state);

        CompleteMvpdLoginResult result = service
                .complete(new CompleteMvpdLoginCommand(state, "auth-code-1", null, null, LoginFakes.ISSUER))
                .await().indefinitely();

        assertThat(result.redirectUrl()).isEqualTo(REDIRECT);
        var callback = login.callbacks.get(0);
        assertThat(callback.authorizationCode()).isEqualTo("auth-code-1");
        assertThat(callback.codeVerifier()).isEqualTo(bound.pkceVerifier());
        assertThat(callback.nonce()).isEqualTo(bound.nonce());
        assertThat(callback.callbackUri()).isEqualTo(CALLBACK);
        Profile profile = profiles.saved.get(0);
        assertThat(profile.type()).isEqualTo(ProfileType.REGULAR);
        assertThat(profile.mvpd()).isEqualTo(MVPD);
        assertThat(profile.issuer()).isEqualTo(MVPD);
        assertThat(profile.code()).isEqualTo("BCDFGHJK");
        assertThat(profile.idTokenHint()).isEqualTo("id.token.jws");
        assertThat(profile.key().clientId()).isEqualTo("client-tv");
        assertThat(profile.key().deviceId()).isEqualTo("device-1");
        assertThat(profile.key().serviceProvider()).isEqualTo(SP);
        assertThat(profile.notBefore()).isEqualTo(clock.millis());
        assertThat(profile.notAfter() - profile.notBefore()).isEqualTo(86_400_000L);
        assertThat(profile.attributes()).containsEntry("userID", ProfileAttribute.plain("u-alice-001"))
                .containsEntry("householdID", ProfileAttribute.plain("hh-1"))
                .containsEntry("zip", ProfileAttribute.plain("10001"));
        assertThat(profile.attributes().keySet()).first().isEqualTo("userID");
    }

    @Test
    void aStateWorksOnceSoAReplayedCallbackStoresNothing() {
        String state = startedState();
        service.complete(new CompleteMvpdLoginCommand(state, "auth-code-1", null, null, null)).await().indefinitely();
        profiles.saved.clear();

        MvpdLoginException replay = failureOf(
                service.complete(new CompleteMvpdLoginCommand(state, "auth-code-1", null, null, null)));

        assertThat(replay.reason()).isEqualTo(Reason.STATE_UNKNOWN);
        assertThat(login.callbacks).hasSize(1);
        assertThat(profiles.saved).isEmpty();
    }

    @Test
    void aForgedOrMissingStateStoresNothing() {
        startedState();
        assertThat(failureOf(service.complete(new CompleteMvpdLoginCommand("forged", "c", null, null, null)))
                .reason()).isEqualTo(Reason.STATE_UNKNOWN);
        assertThat(failureOf(service.complete(new CompleteMvpdLoginCommand(null, "c", null, null, null))).reason())
                .isEqualTo(Reason.STATE_UNKNOWN);
        assertThat(login.callbacks).isEmpty();
        assertThat(profiles.saved).isEmpty();
    }

    @Test
    void theUserCancellingAtTheMvpdConsumesTheStateAndOffersATryAgain() {
        String state = startedState();
        MvpdLoginException e = failureOf(service.complete(
                new CompleteMvpdLoginCommand(state, null, "access_denied", "User cancelled", null)));
        assertThat(e.reason()).isEqualTo(Reason.ACCESS_DENIED);
        assertThat(e.serviceProvider()).isEqualTo(SP);
        assertThat(e.code()).isEqualTo("BCDFGHJK");
        assertThat(states.byState).doesNotContainKey(state);
        assertThat(login.callbacks).isEmpty();
    }

    @Test
    void mvpdErrorsAreToldApartFromOutages() {
        assertThat(failureOf(service.complete(new CompleteMvpdLoginCommand(startedState(), null,
                "temporarily_unavailable", null, null))).reason()).isEqualTo(Reason.MVPD_UNAVAILABLE);
        assertThat(failureOf(service.complete(new CompleteMvpdLoginCommand(startedState(), null, "invalid_scope",
                null, null))).reason()).isEqualTo(Reason.MVPD_ERROR);
        assertThat(failureOf(service.complete(new CompleteMvpdLoginCommand(startedState(), null, null, null, null)))
                .reason()).isEqualTo(Reason.CALLBACK_INVALID);
    }

    @Test
    void aCallbackNamingAnotherIssuerIsRefusedBeforeTheCodeIsExchanged() {
        MvpdLoginException e = failureOf(service.complete(new CompleteMvpdLoginCommand(startedState(), "code",
                null, null, "https://evil.test")));
        assertThat(e.reason()).isEqualTo(Reason.CALLBACK_INVALID);
        assertThat(login.callbacks).isEmpty();
        assertThat(profiles.saved).isEmpty();
    }

    @Test
    void aRefusedIdentityStoresNoProfile() {
        String state = startedState();
        login.answer = request -> Uni.createFrom()
                .failure(new MvpdLoginException(Reason.ID_TOKEN_INVALID, "nonce does not match"));
        MvpdLoginException e = failureOf(
                service.complete(new CompleteMvpdLoginCommand(state, "code", null, null, null)));
        assertThat(e.reason()).isEqualTo(Reason.ID_TOKEN_INVALID);
        assertThat(e.code()).isEqualTo("BCDFGHJK");
        assertThat(profiles.saved).isEmpty();
    }

    @Test
    void aSessionThatExpiredDuringTheSignInStoresNoProfile() {
        String state = startedState();
        clock.advance(Duration.ofMinutes(31));
        assertThat(failureOf(service.complete(new CompleteMvpdLoginCommand(state, "code", null, null, null)))
                .reason()).isEqualTo(Reason.SESSION_NOT_FOUND);
        assertThat(login.callbacks).isEmpty();
        assertThat(profiles.saved).isEmpty();
    }

    @Test
    void theMvpdsOwnUserIdClaimNeverOverridesTheSubject() {
        String state = startedState();
        login.answer = request -> Uni.createFrom().item(new dev.tvegate.authn.application.port.out.MvpdLoginPort.MvpdIdentity(
                "u-alice-001", Map.of("userID", "spoofed"), "jws"));
        service.complete(new CompleteMvpdLoginCommand(state, "code", null, null, null)).await().indefinitely();
        assertThat(profiles.saved.get(0).attributes().get("userID").value()).isEqualTo("u-alice-001");
    }

    @Test
    void anAuthNAllRuleTiedToTheBreakerGrantsADegradedProfileWhenTheMvpdIsDownAtStart() {
        givenSession("BCDFGHJK", LoginFakes.FRAGILE);
        login.startAnswer = request -> Uni.createFrom()
                .failure(new MvpdLoginException(Reason.MVPD_UNAVAILABLE, "circuit breaker open"));

        assertThat(start(SP, "BCDFGHJK")).isEqualTo(new StartMvpdLoginResult.NoLoginNeeded(REDIRECT, "degraded"));
        assertThat(profiles.saved).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(ProfileType.DEGRADED);
            assertThat(p.code()).isEqualTo("BCDFGHJK");
        });
        assertThat(states.byState).isEmpty();
    }

    @Test
    void anAuthNAllRuleTiedToTheBreakerGrantsADegradedProfileWhenTheCodeExchangeFindsTheMvpdDown() {
        givenSession("BCDFGHJK", LoginFakes.FRAGILE);
        start(SP, "BCDFGHJK");
        String state = login.starts.get(0).state();
        login.answer = request -> Uni.createFrom()
                .failure(new MvpdLoginException(Reason.MVPD_UNAVAILABLE, "timed out"));

        CompleteMvpdLoginResult result = service
                .complete(new CompleteMvpdLoginCommand(state, "code", null, null, null)).await().indefinitely();

        assertThat(result.redirectUrl()).isEqualTo(REDIRECT);
        assertThat(profiles.saved).singleElement().extracting(Profile::type).isEqualTo(ProfileType.DEGRADED);
    }

    @Test
    void withoutADegradationRuleAnUnreachableMvpdIsAFailureAndStoresNothing() {
        String state = startedState();
        login.answer = request -> Uni.createFrom()
                .failure(new MvpdLoginException(Reason.MVPD_UNAVAILABLE, "circuit breaker open"));
        assertThat(failureOf(service.complete(new CompleteMvpdLoginCommand(state, "code", null, null, null)))
                .reason()).isEqualTo(Reason.MVPD_UNAVAILABLE);
        assertThat(profiles.saved).isEmpty();
    }
}
