package dev.tvegate.authn.application.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.tvegate.authn.application.port.in.CompleteMvpdLoginCommand;
import dev.tvegate.authn.application.port.in.CompleteMvpdLoginResult;
import dev.tvegate.authn.application.port.in.CompleteMvpdLoginUseCase;
import dev.tvegate.authn.application.port.in.StartMvpdLoginCommand;
import dev.tvegate.authn.application.port.in.StartMvpdLoginResult;
import dev.tvegate.authn.application.port.in.StartMvpdLoginUseCase;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.LoginStatePort;
import dev.tvegate.authn.application.port.out.MvpdLoginPort;
import dev.tvegate.authn.application.port.out.MvpdLoginPort.CallbackRequest;
import dev.tvegate.authn.application.port.out.MvpdLoginPort.LoginRequest;
import dev.tvegate.authn.application.port.out.MvpdLoginPort.MvpdIdentity;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.error.MvpdLoginException;
import dev.tvegate.authn.domain.error.MvpdLoginException.Reason;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.LoginState;
import dev.tvegate.authn.domain.model.MvpdConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileAttribute;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.authn.domain.service.DegradedProfiles;
import dev.tvegate.authn.domain.service.Pkce;
import dev.tvegate.kernel.code.Secrets;
import io.smallrye.mutiny.Uni;

/**
 * The user-agent half of authentication (spec §4.5): from a complete session to the MVPD's sign-in page, and from the
 * MVPD's callback to a stored regular profile.
 * <p>
 * Security properties: {@code state}, {@code nonce} and the PKCE verifier are fresh 256-bit CSPRNG values per
 * attempt; the state is bound server-side to the session code, SP and MVPD and can be redeemed once (a replayed or
 * forged callback finds nothing and stores nothing); the ID token's nonce must match the bound one; a profile is
 * only stored after the identity was verified, and it is bound to the client application and device of the session,
 * never to whoever holds the browser.
 */
public final class MvpdLoginService implements StartMvpdLoginUseCase, CompleteMvpdLoginUseCase {

    /** 256-bit state and nonce: far above the 128 bits RFC 6749 §10.10 asks of unguessable values. */
    static final int STATE_BYTES = 32;

    /** The wire {@code reasonType} of a TempPass MVPD (spec §4.2). */
    static final String REASON_TEMPORARY = "temporary";
    /** The wire {@code reasonType} of the AuthNAll degradation rule (spec §4.2). */
    static final String REASON_DEGRADED = "degraded";

    /**
     * @param callbackUri TVE Gate's redirect URI registered at every MVPD ({@code <public-url>/api/v2/authenticate/callback})
     * @param stateTtl how long a login in flight may take
     * @param platformIssuer the {@code issuer} of degraded profiles
     */
    public record Settings(URI callbackUri, Duration stateTtl, String platformIssuer) {
        public Settings {
            Objects.requireNonNull(callbackUri, "callbackUri");
            Objects.requireNonNull(stateTtl, "stateTtl");
            Objects.requireNonNull(platformIssuer, "platformIssuer");
        }
    }

    private final SessionStorePort sessions;
    private final ConfigurationPort configuration;
    private final LoginStatePort states;
    private final ProfileStorePort profiles;
    private final MvpdLoginRegistry logins;
    private final Settings settings;
    private final Clock clock;

    public MvpdLoginService(SessionStorePort sessions, ConfigurationPort configuration, LoginStatePort states,
            ProfileStorePort profiles, MvpdLoginRegistry logins, Settings settings, Clock clock) {
        this.sessions = sessions;
        this.configuration = configuration;
        this.states = states;
        this.profiles = profiles;
        this.logins = logins;
        this.settings = settings;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- start (§4.5)

    @Override
    public Uni<StartMvpdLoginResult> start(StartMvpdLoginCommand command) {
        return sessions.find(command.code())
                .map(found -> requireUsableSession(found, command.serviceProvider()))
                .flatMap(session -> {
                    if (!session.isComplete()) {
                        throw new MvpdLoginException(Reason.SESSION_INCOMPLETE,
                                "session misses " + session.missingParameters())
                                .inSession(session.serviceProvider(), session.code());
                    }
                    return integrationOf(session.serviceProvider(), session.mvpd())
                            .flatMap(integration -> start(session, integration));
                });
    }

    private Uni<StartMvpdLoginResult> start(AuthenticationSession session, IntegrationConfig integration) {
        if (integration.isTempPass()) {
            // TempPass needs no sign-in (spec §8.3): the trial starts at the first authorization
            return Uni.createFrom().item(new StartMvpdLoginResult.NoLoginNeeded(session.redirectUrl(),
                    REASON_TEMPORARY));
        }
        if (integration.authnAllDegradationActive()) {
            return ensureDegradedProfile(session, integration).replaceWith(
                    new StartMvpdLoginResult.NoLoginNeeded(session.redirectUrl(), REASON_DEGRADED));
        }
        MvpdConfig mvpd = integration.mvpd();
        MvpdLoginPort port = loginPortOf(mvpd);
        String state = Secrets.randomToken(STATE_BYTES);
        String nonce = Secrets.randomToken(STATE_BYTES);
        String verifier = Pkce.newVerifier();
        LoginState login = new LoginState(session.code(), session.serviceProvider(), mvpd.id(), nonce, verifier,
                session.redirectUrl(), clock.millis());
        // the URL first: if discovery fails, no state is left behind
        return port.authorizationUrl(new LoginRequest(mvpd, state, nonce, Pkce.challengeS256(verifier),
                settings.callbackUri()))
                .onFailure(e -> !(e instanceof MvpdLoginException))
                .transform(e -> new MvpdLoginException(Reason.MVPD_UNAVAILABLE,
                        "authorization URL of " + mvpd.id() + ": " + e, e))
                .onFailure(MvpdLoginException.class)
                .transform(e -> ((MvpdLoginException) e).inSession(session.serviceProvider(), session.code()))
                .flatMap(location -> states.save(state, login, settings.stateTtl())
                        .replaceWith((StartMvpdLoginResult) new StartMvpdLoginResult.RedirectToMvpd(location)));
    }

    /**
     * The AuthNAll rule grants a degraded profile without asking the MVPD (spec §4.6). It is bound to the session's
     * code so that the device polling {@code /profiles/code/{code}} finds it; a profile the device already has is
     * kept (and bound to the code).
     */
    private Uni<Void> ensureDegradedProfile(AuthenticationSession session, IntegrationConfig integration) {
        ProfileKey key = keyOf(session);
        long now = clock.millis();
        return profiles.find(key, integration.mvpdId()).flatMap(existing -> {
            Optional<Profile> valid = existing.filter(p -> p.isValidAt(now));
            if (valid.isEmpty()) {
                return profiles.save(DegradedProfiles.create(key, integration, settings.platformIssuer(), now,
                        session.code()));
            }
            Profile p = valid.get();
            return session.code().equals(p.code()) ? Uni.createFrom().voidItem()
                    : profiles.save(new Profile(p.mvpd(), p.key(), p.type(), p.issuer(), p.notBefore(), p.notAfter(),
                            p.attributes(), session.code(), p.idTokenHint()));
        });
    }

    // ------------------------------------------------------------------------------------------------- callback

    @Override
    public Uni<CompleteMvpdLoginResult> complete(CompleteMvpdLoginCommand command) {
        if (command.state() == null || command.state().isBlank()) {
            return Uni.createFrom().failure(new MvpdLoginException(Reason.STATE_UNKNOWN, "callback without state"));
        }
        return states.take(command.state()).flatMap(taken -> {
            LoginState login = taken.orElseThrow(() -> new MvpdLoginException(Reason.STATE_UNKNOWN,
                    "unknown, expired or already used state"));
            return Uni.createFrom().deferred(() -> complete(command, login)).onFailure(MvpdLoginException.class)
                    .transform(e -> retryable((MvpdLoginException) e, login));
        });
    }

    private Uni<CompleteMvpdLoginResult> complete(CompleteMvpdLoginCommand command, LoginState login) {
        if (command.error() != null) {
            throw callbackError(command, login);
        }
        if (command.authorizationCode() == null || command.authorizationCode().isBlank()) {
            throw new MvpdLoginException(Reason.CALLBACK_INVALID, "callback of " + login.mvpd() + " without code");
        }
        return sessions.find(login.code())
                .map(found -> requireUsableSession(found, login.serviceProvider()))
                .flatMap(session -> integrationOf(login.serviceProvider(), login.mvpd())
                        .flatMap(integration -> {
                            MvpdConfig mvpd = integration.mvpd();
                            checkIssuerParameter(command.issuer(), mvpd);
                            return loginPortOf(mvpd)
                                    .complete(new CallbackRequest(mvpd, command.authorizationCode(),
                                            login.pkceVerifier(), login.nonce(), settings.callbackUri()))
                                    .onFailure(e -> !(e instanceof MvpdLoginException))
                                    .transform(e -> new MvpdLoginException(Reason.MVPD_UNAVAILABLE,
                                            "sign-in at " + mvpd.id() + " failed: " + e, e))
                                    .flatMap(identity -> store(session, integration, identity, login));
                        }));
    }

    private Uni<CompleteMvpdLoginResult> store(AuthenticationSession session, IntegrationConfig integration,
            MvpdIdentity identity, LoginState login) {
        if (integration.authnTtlSeconds() <= 0) {
            throw new MvpdLoginException(Reason.CONFIGURATION_ERROR,
                    "integration " + session.serviceProvider() + "/" + integration.mvpdId() + " has no AuthN TTL");
        }
        long now = clock.millis();
        long notAfter = now + Duration.ofSeconds(integration.authnTtlSeconds()).toMillis();
        Map<String, ProfileAttribute> attributes = new LinkedHashMap<>();
        attributes.put(Profile.USER_ID, ProfileAttribute.plain(identity.subject()));
        identity.claims().forEach((name, value) -> {
            if (value != null && !Profile.USER_ID.equals(name)) {
                attributes.put(name, ProfileAttribute.plain(value));
            }
        });
        Profile profile = new Profile(integration.mvpdId(), keyOf(session), ProfileType.REGULAR,
                integration.mvpdId(), now, notAfter, attributes, session.code(), identity.idToken());
        String redirectUrl = login.redirectUrl() != null ? login.redirectUrl() : session.redirectUrl();
        return profiles.save(profile).replaceWith(new CompleteMvpdLoginResult(redirectUrl,
                session.serviceProvider(), integration.mvpdId(), notAfter));
    }

    private static MvpdLoginException callbackError(CompleteMvpdLoginCommand command, LoginState login) {
        String detail = "MVPD " + login.mvpd() + " answered error=" + shorten(command.error())
                + (command.errorDescription() == null ? "" : " (" + shorten(command.errorDescription()) + ")");
        return switch (command.error()) {
            // RFC 6749 §4.1.2.1; OpenID Connect Core §3.1.2.6 adds login_required, consent_required…
            case "access_denied", "consent_required", "login_required", "interaction_required",
                    "account_selection_required" ->
                new MvpdLoginException(Reason.ACCESS_DENIED, detail);
            case "temporarily_unavailable", "server_error" -> new MvpdLoginException(Reason.MVPD_UNAVAILABLE, detail);
            default -> new MvpdLoginException(Reason.MVPD_ERROR, detail);
        };
    }

    /**
     * RFC 9207: when the MVPD names itself in the callback it must be the issuer the login was started with;
     * otherwise the response may come from another provider (mix-up attack).
     */
    private static void checkIssuerParameter(String issuerParameter, MvpdConfig mvpd) {
        if (issuerParameter == null || mvpd.endpoints() == null || mvpd.endpoints().issuer() == null) {
            return;
        }
        if (!withoutTrailingSlash(issuerParameter).equals(withoutTrailingSlash(mvpd.endpoints().issuer()))) {
            throw new MvpdLoginException(Reason.CALLBACK_INVALID,
                    "callback iss " + shorten(issuerParameter) + " is not the issuer of " + mvpd.id());
        }
    }

    /** Failures after which the session is still usable offer "try again"; the others do not. */
    private static MvpdLoginException retryable(MvpdLoginException e, LoginState login) {
        return switch (e.reason()) {
            case SESSION_NOT_FOUND, STATE_UNKNOWN, MVPD_NOT_AVAILABLE, CONFIGURATION_ERROR -> e;
            default -> e.inSession(login.serviceProvider(), login.code());
        };
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private AuthenticationSession requireUsableSession(Optional<AuthenticationSession> found,
            String serviceProvider) {
        // another SP's code is answered like an unknown one: codes must not be probed through foreign SPs
        return found.filter(s -> s.serviceProvider().equals(serviceProvider))
                .filter(s -> s.isValidAt(clock.millis()))
                .orElseThrow(() -> new MvpdLoginException(Reason.SESSION_NOT_FOUND,
                        "no valid session for " + serviceProvider));
    }

    private Uni<IntegrationConfig> integrationOf(String serviceProvider, String mvpd) {
        return configuration.find(serviceProvider)
                .onFailure().transform(e -> new MvpdLoginException(Reason.CONFIGURATION_UNAVAILABLE,
                        "configuration of " + serviceProvider + " unavailable: " + e, e))
                .map(config -> config.flatMap(c -> c.enabledIntegration(mvpd))
                        .orElseThrow(() -> new MvpdLoginException(Reason.MVPD_NOT_AVAILABLE,
                                "no enabled integration " + serviceProvider + "/" + mvpd)));
    }

    private MvpdLoginPort loginPortOf(MvpdConfig mvpd) {
        return logins.forProtocol(mvpd.protocol()).orElseThrow(() -> new MvpdLoginException(
                Reason.CONFIGURATION_ERROR, "no login adapter for protocol " + mvpd.protocol() + " of " + mvpd.id()));
    }

    private static ProfileKey keyOf(AuthenticationSession session) {
        return new ProfileKey(session.client().clientId(), session.device().deviceId(), session.serviceProvider());
    }

    static String withoutTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** Text from the network goes to the log shortened and without control characters. */
    static String shorten(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 120 ? clean : clean.substring(0, 120) + "…";
    }
}
