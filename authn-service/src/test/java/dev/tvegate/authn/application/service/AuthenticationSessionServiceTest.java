package dev.tvegate.authn.application.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.authn.application.port.in.CreateSessionCommand;
import dev.tvegate.authn.application.port.in.DeviceHeaders;
import dev.tvegate.authn.application.port.in.ResumeSessionCommand;
import dev.tvegate.authn.application.port.in.SessionInfo;
import dev.tvegate.authn.application.port.in.SessionParameters;
import dev.tvegate.authn.application.port.in.SessionQuery;
import dev.tvegate.authn.application.port.in.SessionResult;
import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.device.DeviceIdentifier;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.testsupport.MutableClock;

import static dev.tvegate.authn.application.service.Fakes.SP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decision table of spec §4.2/§4.3 and the session rules, with in-memory ports. */
class AuthenticationSessionServiceTest {

    private static final String TV = "tv-device-1";
    private static final ClientContext CLIENT = new ClientContext("client-1", "app-1");
    private static final ClientContext PHONE = new ClientContext("client-2", "app-2");
    private static final String REDIRECT = "https://adobe.com/done";

    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.FakeConfiguration configuration = new Fakes.FakeConfiguration();
    private final Fakes.InMemorySessions sessions = new Fakes.InMemorySessions();
    private final Fakes.InMemoryProfiles profiles = new Fakes.InMemoryProfiles();
    private AuthenticationSessionService service;

    @BeforeEach
    void setUp() {
        configuration.bySp.put(SP, Fakes.configuration(
                Fakes.oidc("Cablevision", "none", false, null),
                Fakes.oidc("Degraded", "AuthNAll", false, null),
                Fakes.oidc("DegradedOnOutage", "AuthNAll", true, null),
                Fakes.tempPass("TempPass")));
        service = new AuthenticationSessionService(configuration, sessions, profiles,
                CodeGenerator.defaultUserCodes(), Duration.ofMinutes(30), "Adobe", clock);
    }

    private SessionResult create(String mvpd, String domain, String redirect) {
        return service.create(new CreateSessionCommand(SP, CLIENT, headers(), new SessionParameters(mvpd, domain,
                redirect))).await().indefinitely();
    }

    private SessionResult resume(String code, String mvpd, String domain, String redirect) {
        return service.resume(new ResumeSessionCommand(SP, PHONE, code, new SessionParameters(mvpd, domain,
                redirect))).await().indefinitely();
    }

    private static DeviceHeaders headers() {
        return new DeviceHeaders(DeviceIdentifier.fingerprint(TV).headerValue(), null, "TV/1.0", "203.0.113.9");
    }

    private Profile profile(String mvpd, ProfileType type, long ttlMillis) {
        long now = clock.millis();
        return new Profile(mvpd, new ProfileKey(CLIENT.clientId(), TV, SP), type, mvpd, now, now + ttlMillis,
                Map.of("userID", ProfileAttribute.plain("u1")), null, null);
    }

    @Test
    void completeParametersWithoutAProfileAuthenticateInteractively() {
        SessionResult r = create("Cablevision", "adobe.com", REDIRECT);
        assertThat(r.actionName()).isEqualTo("authenticate");
        assertThat(r.actionType()).isEqualTo("interactive");
        assertThat(r.reasonType()).isEqualTo("none");
        assertThat(r.url()).isEqualTo("/api/v2/authenticate/REF30/" + r.code());
        assertThat(r.notAfter() - r.notBefore()).isEqualTo(1_800_000);
        assertThat(sessions.sessions.get(r.code()).device().deviceId()).isEqualTo(TV);
        assertThat(sessions.ttls.get(r.code())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void everyMissingParameterIsListedInWireOrderAndNames() {
        SessionResult r = create(null, null, null);
        assertThat(r.actionName()).isEqualTo("resume");
        assertThat(r.actionType()).isEqualTo("direct");
        assertThat(r.missingParameters()).containsExactly("mvpd", "domainName", "redirectUrl");
        assertThat(r.url()).isEqualTo("/api/v2/REF30/sessions/" + r.code());
    }

    @Test
    void tempPassIsAuthorizedTemporarilyEvenWithoutOtherParameters() {
        SessionResult r = create("TempPass", null, null);
        assertThat(r.actionName()).isEqualTo("authorize");
        assertThat(r.reasonType()).isEqualTo("temporary");
        assertThat(r.code()).isNull();
        assertThat(sessions.sessions).isEmpty();
    }

    @Test
    void aValidRegularProfileAuthorizesButAnExpiredOneDoesNot() {
        profiles.save(profile("Cablevision", ProfileType.REGULAR, 60_000));
        assertThat(create("Cablevision", "adobe.com", REDIRECT).reasonType()).isEqualTo("authenticated");
        clock.advance(Duration.ofMinutes(2));
        assertThat(create("Cablevision", "adobe.com", REDIRECT).actionName()).isEqualTo("authenticate");
    }

    @Test
    void authNAllStoresADegradedProfileButNeverOverridesARegularOne() {
        SessionResult r = create("Degraded", null, null);
        assertThat(r.actionName()).isEqualTo("authorize");
        assertThat(r.reasonType()).isEqualTo("degraded");
        Profile degraded = profiles.find(new ProfileKey(CLIENT.clientId(), TV, SP), "Degraded").await()
                .indefinitely().orElseThrow();
        assertThat(degraded.type()).isEqualTo(ProfileType.DEGRADED);
        assertThat(degraded.issuer()).isEqualTo("Adobe");
        assertThat(degraded.notAfter() - degraded.notBefore()).isEqualTo(86_400_000);
        assertThat((String) degraded.attributes().get("userID").value()).startsWith("95cf93bcd183214a");

        profiles.save(profile("Degraded", ProfileType.REGULAR, 60_000));
        assertThat(create("Degraded", null, null).reasonType()).isEqualTo("authenticated");
    }

    @Test
    void authNAllTiedToAnOpenBreakerDoesNotDegradeUpFront() {
        assertThat(create("DegradedOnOutage", "adobe.com", REDIRECT).actionName()).isEqualTo("authenticate");
    }

    @Test
    void domainsAreMatchedCaseInsensitivelyAndStoredNormalised() {
        SessionResult r = create(null, " Adobe.COM ", null);
        assertThat(sessions.sessions.get(r.code()).domainName()).isEqualTo("adobe.com");
    }

    @Test
    void resumeRetriesThenAuthenticatesAndKeepsTheRemainingLifetime() {
        String code = create("Cablevision", null, null).code();
        clock.advance(Duration.ofMinutes(10));
        SessionResult retry = resume(code.toLowerCase(), null, "adobe.com", null);
        assertThat(retry.actionName()).isEqualTo("retry");
        assertThat(retry.missingParameters()).containsExactly("redirectUrl");
        assertThat(sessions.ttls.get(code)).isEqualTo(Duration.ofMinutes(20));
        SessionResult done = resume(code, null, null, REDIRECT);
        assertThat(done.actionName()).isEqualTo("authenticate");
        // the session still binds the profile to the device and client that created it
        assertThat(sessions.sessions.get(code).client()).isEqualTo(CLIENT);
    }

    @Test
    void resumeIntoAnExistingProfileBindsItToTheCodeForPolling() {
        profiles.save(profile("Cablevision", ProfileType.REGULAR, 3_600_000));
        String code = create(null, "adobe.com", REDIRECT).code();
        SessionResult r = resume(code, "Cablevision", null, null);
        assertThat(r.actionName()).isEqualTo("authorize");
        assertThat(r.reasonType()).isEqualTo("authenticated");
        assertThat(r.code()).isEqualTo(code);
        assertThat(profiles.findByCode(code).await().indefinitely()).isPresent();
    }

    @Test
    void anExpiredSessionCannotBeResumedOrRead() {
        String code = create("Cablevision", null, null).code();
        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> resume(code, null, "adobe.com", null))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_authentication_session"));
        assertThatThrownBy(() -> service.get(new SessionQuery(SP, PHONE, code)).await().indefinitely())
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_authentication_session"));
    }

    @Test
    void malformedCodesAreAParameterError() {
        for (String bad : List.of("", "ABC", "BCDFGHJKL", "AEIOUAEI", "BCDF GHJ1")) {
            assertThatThrownBy(() -> resume(bad, null, "adobe.com", null))
                    .isInstanceOfSatisfying(EnhancedErrorException.class,
                            e -> assertThat(e.error().code()).isEqualTo("invalid_parameter_code"));
        }
    }

    @Test
    void sessionInfoListsWhatIsKnownAndTheDerivedDevice() {
        String code = create(null, "adobe.com", null).code();
        SessionInfo info = service.get(new SessionQuery(SP, PHONE, code)).await().indefinitely();
        assertThat(info.missingParameters()).containsExactly("mvpd", "redirectUrl");
        assertThat(info.existingParameters()).containsExactly(Map.entry("domainName", "adobe.com"),
                Map.entry("serviceProvider", SP));
        @SuppressWarnings("unchecked")
        Map<String, Object> browser = (Map<String, Object>) info.device().get("browser");
        assertThat(browser.get("userAgent")).isEqualTo("TV/1.0");
        @SuppressWarnings("unchecked")
        Map<String, Object> connection = (Map<String, Object>) info.device().get("connection");
        assertThat(connection.get("ipAddress")).isEqualTo("203.0.113.9");
    }

    @Test
    void aCodeAlreadyInUseIsNeverOverwritten() {
        // a generator that repeats its first code once: the second session must get another code
        CodeGenerator repeating = new CodeGenerator(8, new java.security.SecureRandom() {
            private static final long serialVersionUID = 1L;
            private int calls;

            @Override
            public int nextInt(int bound) {
                return calls++ < 16 ? 0 : 1; // "BBBBBBBB" twice, then "CCCCCCCC"
            }
        });
        service = new AuthenticationSessionService(configuration, sessions, profiles, repeating,
                Duration.ofMinutes(30), "Adobe", clock);
        SessionResult first = create("Cablevision", null, null);
        SessionResult second = create("Cablevision", null, null);
        assertThat(first.code()).isEqualTo("BBBBBBBB");
        assertThat(second.code()).isEqualTo("CCCCCCCC");
        assertThat(sessions.sessions.get("BBBBBBBB").sessionId()).isEqualTo(first.sessionId());
    }

    @Test
    void aDisabledIntegrationIsAnUnknownMvpd() {
        IntegrationConfig off = Fakes.oidc("Off", "none", false, null);
        configuration.bySp.put(SP, Fakes.configuration(new IntegrationConfig(off.mvpdId(), false,
                off.authnTtlSeconds(), off.authzTtlSeconds(), off.degradation(), false, 5, "claim", off.mvpd())));
        assertThatThrownBy(() -> create("Off", null, null))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_parameter_mvpd"));
    }
}
