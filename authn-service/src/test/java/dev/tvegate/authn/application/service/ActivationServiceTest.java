package dev.tvegate.authn.application.service;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tvegate.authn.application.port.in.ActivationLookupCommand;
import dev.tvegate.authn.application.port.in.ActivationResult;
import dev.tvegate.authn.application.port.in.ActivationResult.ChooseProvider;
import dev.tvegate.authn.application.port.in.ActivationResult.Continue;
import dev.tvegate.authn.application.port.in.ActivationResult.Problem;
import dev.tvegate.authn.application.port.in.ActivationResult.ProviderOption;
import dev.tvegate.authn.application.port.in.ActivationResult.Rejected;
import dev.tvegate.authn.application.port.in.ChooseProviderCommand;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.testsupport.MutableClock;

import static dev.tvegate.authn.application.service.LoginFakes.DEGRADED;
import static dev.tvegate.authn.application.service.LoginFakes.MVPD;
import static dev.tvegate.authn.application.service.LoginFakes.SP;
import static dev.tvegate.authn.application.service.LoginFakes.TEMPPASS;
import static org.assertj.core.api.Assertions.assertThat;

class ActivationServiceTest {

    private static final String IP = "203.0.113.9";
    private static final String DONE = "https://tvegate.dev/activate/done";

    private final LoginFakes.Sessions sessions = new LoginFakes.Sessions();
    private final LoginFakes.Configuration configuration = new LoginFakes.Configuration();
    private final LoginFakes.Attempts attempts = new LoginFakes.Attempts();
    private final MutableClock clock = new MutableClock(LoginFakes.START);
    private final ActivationService service = new ActivationService(sessions, configuration, attempts,
            new MvpdLoginRegistry(List.of(new LoginFakes.Login())),
            new ActivationService.Settings(3, Duration.ofMinutes(1), DONE), clock);

    private AuthenticationSession givenSession(String mvpd, String domain, String redirectUrl) {
        AuthenticationSession s = LoginFakes.session("BCDFGHJK", mvpd, domain, redirectUrl, clock.millis());
        sessions.save(s, Duration.ofMinutes(30));
        return s;
    }

    private ActivationResult lookup(String typed, boolean continueIfChosen) {
        return service.lookup(new ActivationLookupCommand(typed, IP, continueIfChosen)).await().indefinitely();
    }

    @Test
    void aTypedCodeIsNormalisedAndShowsTheServiceAndItsSignInProviders() {
        givenSession(null, null, null);

        ActivationResult result = lookup("  bcdf-ghjk ", true);

        assertThat(result).isInstanceOfSatisfying(ChooseProvider.class, choose -> {
            assertThat(choose.code()).isEqualTo("BCDFGHJK");
            assertThat(choose.serviceProviderName()).isEqualTo("Reference site");
            assertThat(choose.chosenMvpd()).isNull();
            // enabled MVPDs with a sign-in protocol only: no TempPass, no disabled integration
            assertThat(choose.providers()).containsExactly(
                    new ProviderOption(MVPD, "Sandbox TV", "https://mvpd.test/logo.svg"),
                    new ProviderOption(DEGRADED, "Degraded TV", null),
                    new ProviderOption(LoginFakes.FRAGILE, "Fragile TV", null));
        });
        assertThat(attempts.failures).isEmpty();
    }

    @Test
    void unknownCodesAreCountedPerClientAndRefusedAfterTheLimit() {
        assertThat(lookup("ZZZZZZZZ", true)).isEqualTo(new Rejected(Problem.UNKNOWN_CODE, "ZZZZZZZZ"));
        assertThat(lookup("ZZZZZZZX", true)).isEqualTo(new Rejected(Problem.UNKNOWN_CODE, "ZZZZZZZX"));
        assertThat(lookup("ZZZZZZZW", true)).isEqualTo(new Rejected(Problem.UNKNOWN_CODE, "ZZZZZZZW"));
        assertThat(attempts.failures).containsEntry(IP, 3L);

        givenSession(null, null, null);
        // even the right code is refused until the window ends: the limit is on the client, not on the code
        assertThat(lookup("BCDFGHJK", true)).isEqualTo(new Rejected(Problem.TOO_MANY_ATTEMPTS, "BCDFGHJK"));
        assertThat(service.choose(new ChooseProviderCommand("BCDFGHJK", MVPD, IP)).await().indefinitely())
                .isEqualTo(new Rejected(Problem.TOO_MANY_ATTEMPTS, "BCDFGHJK"));
        assertThat(service.lookup(new ActivationLookupCommand("BCDFGHJK", "198.51.100.1", true)).await()
                .indefinitely()).isInstanceOf(ChooseProvider.class);
    }

    @Test
    void malformedInputIsRefusedWithoutTouchingTheStoreOrTheCounter() {
        assertThat(lookup("", true)).isEqualTo(new Rejected(Problem.MALFORMED_CODE, ""));
        assertThat(lookup(null, true)).isEqualTo(new Rejected(Problem.MALFORMED_CODE, null));
        assertThat(lookup("ABC", true)).isEqualTo(new Rejected(Problem.MALFORMED_CODE, "ABC"));
        assertThat(lookup("AEIOU123", true)).isEqualTo(new Rejected(Problem.MALFORMED_CODE, "AEIOU123"));
        assertThat(attempts.failures).isEmpty();
    }

    @Test
    void anExpiredCodeIsUnknown() {
        givenSession(null, null, null);
        clock.advance(Duration.ofMinutes(30));
        assertThat(lookup("BCDFGHJK", true)).isEqualTo(new Rejected(Problem.UNKNOWN_CODE, "BCDFGHJK"));
    }

    @Test
    void choosingAProviderResumesTheSessionWithTheSpDomainAndTheDonePageForItsRemainingLifetime() {
        givenSession(null, null, null);
        clock.advance(Duration.ofMinutes(10));

        ActivationResult result = service.choose(new ChooseProviderCommand("bcdfghjk", MVPD, IP)).await()
                .indefinitely();

        assertThat(result).isEqualTo(new Continue(SP, "BCDFGHJK"));
        AuthenticationSession resumed = sessions.byCode.get("BCDFGHJK");
        assertThat(resumed.mvpd()).isEqualTo(MVPD);
        assertThat(resumed.domainName()).isEqualTo("tvegate.dev");
        assertThat(resumed.redirectUrl()).isEqualTo(DONE);
        assertThat(sessions.ttls.get("BCDFGHJK")).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void whatTheAppAlreadyGaveIsKept() {
        givenSession(null, "tvegate.dev", "https://app.tvegate.dev/after-login");
        service.choose(new ChooseProviderCommand("BCDFGHJK", MVPD, IP)).await().indefinitely();
        assertThat(sessions.byCode.get("BCDFGHJK").redirectUrl()).isEqualTo("https://app.tvegate.dev/after-login");
    }

    @Test
    void aProviderThatIsNotOfferedCannotBeChosen() {
        givenSession(null, null, null);
        for (String mvpd : new String[] { TEMPPASS, "Gone", "Unknown", null }) {
            assertThat(service.choose(new ChooseProviderCommand("BCDFGHJK", mvpd, IP)).await().indefinitely())
                    .isEqualTo(new Rejected(Problem.PROVIDER_NOT_AVAILABLE, "BCDFGHJK"));
        }
        assertThat(sessions.byCode.get("BCDFGHJK").mvpd()).isNull();
    }

    @Test
    void whenTheAppAlreadyChoseTheProviderThePickerIsSkipped() {
        givenSession(MVPD, null, null);

        assertThat(lookup("BCDFGHJK", true)).isEqualTo(new Continue(SP, "BCDFGHJK"));
        assertThat(sessions.byCode.get("BCDFGHJK").redirectUrl()).isEqualTo(DONE);

        // a plain link (GET) only shows it, with one button
        assertThat(lookup("BCDFGHJK", false)).isInstanceOfSatisfying(ChooseProvider.class, choose -> {
            assertThat(choose.chosenMvpd()).isEqualTo(MVPD);
            assertThat(choose.providers()).extracting(ProviderOption::id).containsExactly(MVPD);
        });
    }
}
