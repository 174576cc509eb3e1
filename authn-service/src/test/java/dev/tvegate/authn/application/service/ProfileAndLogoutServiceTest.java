package dev.tvegate.authn.application.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tvegate.authn.application.port.in.DeviceHeaders;
import dev.tvegate.authn.application.port.in.LogoutCommand;
import dev.tvegate.authn.application.port.in.LogoutResult;
import dev.tvegate.authn.application.port.in.ProfileQuery;
import dev.tvegate.authn.application.port.in.SessionQuery;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.DeviceContext;
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

/** Profiles (spec §4.6), polling by code, the internal look-up and logout (spec §4.8), with in-memory ports. */
class ProfileAndLogoutServiceTest {

    private static final String TV = "tv-device-1";
    private static final ClientContext CLIENT = new ClientContext("client-1", "app-1");
    private static final ProfileKey KEY = new ProfileKey(CLIENT.clientId(), TV, SP);
    private static final String CODE = "BCDFGHJK";

    private final MutableClock clock = new MutableClock(Fakes.START);
    private final Fakes.FakeConfiguration configuration = new Fakes.FakeConfiguration();
    private final Fakes.InMemorySessions sessions = new Fakes.InMemorySessions();
    private final Fakes.InMemoryProfiles profiles = new Fakes.InMemoryProfiles();
    private ProfileService service;

    @BeforeEach
    void setUp() {
        configuration.bySp.put(SP, Fakes.configuration(
                Fakes.oidc("Cablevision", "none", false, "https://mvpd.test/logout?lang=en"),
                Fakes.oidc("Bare", "none", false, null),
                Fakes.oidc("Degraded", "AuthNAll", false, null),
                Fakes.tempPass("TempPass")));
        service = new ProfileService(configuration, profiles, new Fakes.InMemoryCodeLookup(sessions, profiles),
                CodeGenerator.defaultUserCodes(), "Adobe", clock);
    }

    private Profile profile(String mvpd, ProfileType type, String code, long ttlMillis) {
        long now = clock.millis();
        return new Profile(mvpd, KEY, type, mvpd, now, now + ttlMillis,
                Map.of("userID", ProfileAttribute.plain("u1")), code, "the-id-token");
    }

    private void session(String code, String sp) {
        long now = clock.millis();
        sessions.save(new AuthenticationSession(code, "s-1", sp, "Cablevision", "adobe.com", "https://adobe.com",
                CLIENT, new DeviceContext(TV, null, null, null), now, now + 1_800_000), Duration.ofMinutes(30));
    }

    private static DeviceHeaders device() {
        return new DeviceHeaders(DeviceIdentifier.fingerprint(TV).headerValue(), null, null, null);
    }

    private Optional<Profile> poll(ClientContext client, String code) {
        return service.byCode(new SessionQuery(SP, client, code)).await().indefinitely();
    }

    @Test
    void expiredProfilesAreSimplyAbsent() {
        profiles.save(profile("Cablevision", ProfileType.REGULAR, null, 1_000));
        profiles.save(profile("Bare", ProfileType.REGULAR, null, 60_000));
        clock.advance(Duration.ofSeconds(2));
        List<Profile> all = service.all(new ProfileQuery(SP, CLIENT, device(), null)).await().indefinitely();
        assertThat(all).extracting(Profile::mvpd).containsExactly("Bare");
        assertThat(service.forMvpd(new ProfileQuery(SP, CLIENT, device(), "Cablevision")).await().indefinitely())
                .isEmpty();
    }

    @Test
    void pollingIsEmptyWhileTheUserSignsInAndAnErrorOnceTheCodeIsGone() {
        session(CODE, SP);
        assertThat(poll(CLIENT, CODE)).isEmpty();
        profiles.save(profile("Cablevision", ProfileType.REGULAR, CODE, 3_600_000));
        assertThat(poll(CLIENT, CODE)).get().extracting(Profile::mvpd).isEqualTo("Cablevision");
        // the profile outlives the session: still found by code
        sessions.sessions.clear();
        assertThat(poll(CLIENT, CODE)).isPresent();
        assertThatThrownBy(() -> poll(CLIENT, "ZZZZZZZZ"))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_authentication_session"));
    }

    @Test
    void pollingForAnotherClientOrServiceProviderIsRefused() {
        session(CODE, SP);
        profiles.save(profile("Cablevision", ProfileType.REGULAR, CODE, 3_600_000));
        assertThatThrownBy(() -> poll(new ClientContext("client-9", null), CODE))
                .isInstanceOf(EnhancedErrorException.class);
        session("CCCCCCCC", "OTHER");
        assertThatThrownBy(() -> poll(CLIENT, "CCCCCCCC"))
                .isInstanceOfSatisfying(EnhancedErrorException.class,
                        e -> assertThat(e.error().code()).isEqualTo("invalid_authentication_session"));
    }

    @Test
    void theInternalLookupFindsTheProfileOrADegradedOneAndNothingForUnknownIntegrations() {
        profiles.save(profile("Cablevision", ProfileType.REGULAR, null, 3_600_000));
        assertThat(service.lookup(SP, "Cablevision", CLIENT.clientId(), TV).await().indefinitely()).isPresent();
        assertThat(service.lookup(SP, "Cablevision", "someone-else", TV).await().indefinitely()).isEmpty();
        assertThat(service.lookup(SP, "Nope", CLIENT.clientId(), TV).await().indefinitely()).isEmpty();
        assertThat(service.lookup("NOSP", "Cablevision", CLIENT.clientId(), TV).await().indefinitely()).isEmpty();
        assertThat(service.lookup(SP, "Degraded", CLIENT.clientId(), TV).await().indefinitely())
                .get().extracting(Profile::type).isEqualTo(ProfileType.DEGRADED);
        assertThat(service.lookup(SP, "TempPass", CLIENT.clientId(), TV).await().indefinitely()).isEmpty();
    }

    private LogoutResult logout(LogoutService logout, String mvpd) {
        return logout.logout(new LogoutCommand(SP, CLIENT, device(), mvpd, "https://adobe.com/bye")).await()
                .indefinitely();
    }

    @Test
    void logoutUsesTheConfiguredEndSessionUrlWithHintAndRedirect() {
        LogoutService logout = new LogoutService(configuration, profiles, Map.of());
        profiles.save(profile("Cablevision", ProfileType.REGULAR, null, 3_600_000));
        LogoutResult r = logout(logout, "Cablevision");
        assertThat(r.actionName()).isEqualTo("logout");
        assertThat(r.actionType()).isEqualTo("interactive");
        assertThat(r.url()).isEqualTo("https://mvpd.test/logout?lang=en&id_token_hint=the-id-token"
                + "&post_logout_redirect_uri=https%3A%2F%2Fadobe.com%2Fbye&client_id=tvegate");
        assertThat(profiles.published).containsExactly(KEY.hash());
        assertThat(logout(logout, "Cablevision").actionName()).isEqualTo("invalid");
    }

    @Test
    void logoutPrefersTheProtocolAdapterForTheEndSessionUrl() {
        LogoutService logout = new LogoutService(configuration, profiles, Map.of("oidc", new Fakes.EndSessionOnly()));
        profiles.save(profile("Bare", ProfileType.REGULAR, null, 3_600_000));
        assertThat(logout(logout, "Bare").url()).isEqualTo("https://discovered.test/end?hint=the-id-token");
    }

    @Test
    void degradedTemporaryAndEndpointlessLogoutsCompleteAtOnce() {
        LogoutService logout = new LogoutService(configuration, profiles, Map.of());
        profiles.save(profile("Bare", ProfileType.REGULAR, null, 3_600_000));
        profiles.save(profile("Cablevision", ProfileType.DEGRADED, null, 3_600_000));
        profiles.save(profile("TempPass", ProfileType.TEMPORARY, null, 3_600_000));
        assertThat(logout(logout, "Bare").actionName()).isEqualTo("complete");
        assertThat(logout(logout, "Cablevision").actionName()).isEqualTo("complete");
        LogoutResult temp = logout(logout, "TempPass");
        assertThat(temp.actionName()).isEqualTo("complete");
        assertThat(temp.actionType()).isEqualTo("none");
        assertThat(temp.url()).isNull();
    }
}
