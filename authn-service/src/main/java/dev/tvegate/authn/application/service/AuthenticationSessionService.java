package dev.tvegate.authn.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.authn.application.port.in.CreateAuthenticationSessionUseCase;
import dev.tvegate.authn.application.port.in.CreateSessionCommand;
import dev.tvegate.authn.application.port.in.GetAuthenticationSessionUseCase;
import dev.tvegate.authn.application.port.in.ResumeAuthenticationSessionUseCase;
import dev.tvegate.authn.application.port.in.ResumeSessionCommand;
import dev.tvegate.authn.application.port.in.SessionInfo;
import dev.tvegate.authn.application.port.in.SessionParameters;
import dev.tvegate.authn.application.port.in.SessionQuery;
import dev.tvegate.authn.application.port.in.SessionResult;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.DeviceContext;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.Profile;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.ProfileType;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.authn.domain.service.DegradedProfiles;
import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.kernel.device.DeviceInfo;
import dev.tvegate.kernel.device.DeviceInfoRules;
import io.smallrye.mutiny.Uni;

/**
 * Authentication sessions (spec §4.2–§4.4) and the decision table of §4.2:
 * <table>
 * <tr>
 * <th>situation</th>
 * <th>answer</th>
 * </tr>
 * <tr>
 * <td>mvpd is a TempPass MVPD</td>
 * <td>authorize / direct / temporary, no code</td>
 * </tr>
 * <tr>
 * <td>a valid regular profile exists for the mvpd</td>
 * <td>authorize / direct / authenticated, no code</td>
 * </tr>
 * <tr>
 * <td>the integration's AuthNAll degradation is active</td>
 * <td>authorize / direct / degraded, no code; a degraded
 * profile is stored</td>
 * </tr>
 * <tr>
 * <td>parameters missing</td>
 * <td>resume (create) or retry (resume) / direct / none, with
 * {@code missingParameters} and a code</td>
 * </tr>
 * <tr>
 * <td>otherwise</td>
 * <td>authenticate / interactive / none, with a code</td>
 * </tr>
 * </table>
 * On resume, the authorize answers keep the code and bind the profile to it, so that the first screen polling
 * {@code /profiles/code/{code}} finds it.
 * <p>
 * Validation order (each step's error wins over the later ones): service provider, device headers (create only),
 * mvpd, domainName, redirectUrl.
 */
public final class AuthenticationSessionService implements CreateAuthenticationSessionUseCase,
        ResumeAuthenticationSessionUseCase, GetAuthenticationSessionUseCase {

    private static final int MAX_CODE_ATTEMPTS = 5;

    private final ConfigurationPort configuration;
    private final SessionStorePort sessions;
    private final ProfileStorePort profiles;
    private final CodeGenerator codes;
    private final Duration sessionTtl;
    private final String platformIssuer;
    private final Clock clock;

    public AuthenticationSessionService(ConfigurationPort configuration, SessionStorePort sessions,
            ProfileStorePort profiles, CodeGenerator codes, Duration sessionTtl, String platformIssuer, Clock clock) {
        this.configuration = configuration;
        this.sessions = sessions;
        this.profiles = profiles;
        this.codes = codes;
        this.sessionTtl = sessionTtl;
        this.platformIssuer = platformIssuer;
        this.clock = clock;
    }

    @Override
    public Uni<SessionResult> create(CreateSessionCommand command) {
        return Requests.serviceProvider(configuration, command.serviceProvider()).chain(config -> {
            DeviceContext device = Requests.device(command.device());
            Checked p = check(config, command.parameters());
            long now = clock.millis();
            AuthenticationSession session = new AuthenticationSession(codes.next(), Secrets.newUuid(),
                    config.serviceProvider().id(), p.mvpd(), p.domainName(), p.redirectUrl(), command.client(), device,
                    now, now + sessionTtl.toMillis());
            return decide(session, p.integration(), false);
        });
    }

    @Override
    public Uni<SessionResult> resume(ResumeSessionCommand command) {
        return Requests.serviceProvider(configuration, command.serviceProvider()).chain(config -> {
            String code = Requests.code(codes, command.code());
            Checked p = check(config, command.parameters());
            return sessionOf(config, code).chain(stored -> {
                AuthenticationSession session = stored.withParameters(p.mvpd(), p.domainName(), p.redirectUrl());
                IntegrationConfig integration = p.integration() != null ? p.integration()
                        : session.mvpd() == null ? null : Requests.enabledIntegration(config, session.mvpd());
                return decide(session, integration, true);
            });
        });
    }

    @Override
    public Uni<SessionInfo> get(SessionQuery query) {
        return Requests.serviceProvider(configuration, query.serviceProvider()).chain(config -> {
            String code = Requests.code(codes, query.code());
            return sessionOf(config, code).map(AuthenticationSessionService::info);
        });
    }

    /** The session of a code, for this service provider only; a code of another SP is as unknown as no code. */
    private Uni<AuthenticationSession> sessionOf(SpConfiguration config, String code) {
        long now = clock.millis();
        return sessions.find(code).map(found -> found
                .filter(s -> s.serviceProvider().equals(config.serviceProvider().id()) && s.isValidAt(now))
                .orElseThrow(Requests::unknownSession));
    }

    private record Checked(String mvpd, IntegrationConfig integration, String domainName, String redirectUrl) {
    }

    private static Checked check(SpConfiguration config, SessionParameters parameters) {
        IntegrationConfig integration = parameters.mvpd() == null ? null
                : Requests.enabledIntegration(config, parameters.mvpd());
        String domain = parameters.domainName() == null ? null : Requests.domain(config, parameters.domainName());
        String redirect = parameters.redirectUrl() == null ? null : Requests.redirectUrl(parameters.redirectUrl());
        return new Checked(parameters.mvpd(), integration, domain, redirect);
    }

    private Uni<SessionResult> decide(AuthenticationSession session, IntegrationConfig integration, boolean resumed) {
        String sp = session.serviceProvider();
        if (integration != null && integration.isTempPass()) {
            return Uni.createFrom().item(authorize(session, SessionResult.TEMPORARY, resumed));
        }
        if (integration == null) {
            return saveAndContinue(session, resumed);
        }
        ProfileKey key = new ProfileKey(session.client().clientId(), session.device().deviceId(), sp);
        return profiles.find(key, integration.mvpdId()).chain(existing -> {
            long now = clock.millis();
            Optional<Profile> regular = existing.filter(p -> p.type() == ProfileType.REGULAR && p.isValidAt(now));
            if (regular.isPresent()) {
                Uni<Void> bind = resumed ? bindToCode(regular.get(), session.code()) : Uni.createFrom().voidItem();
                return bind.replaceWith(authorize(session, SessionResult.AUTHENTICATED, resumed));
            }
            if (integration.authnAllDegradationActive()) {
                Profile degraded = DegradedProfiles.create(key, integration, platformIssuer, now,
                        resumed ? session.code() : null);
                return profiles.save(degraded).replaceWith(authorize(session, SessionResult.DEGRADED, resumed));
            }
            return saveAndContinue(session, resumed);
        });
    }

    /** Re-stores a profile under the code of the session that found it, so that polling by that code sees it. */
    private Uni<Void> bindToCode(Profile p, String code) {
        return profiles.save(new Profile(p.mvpd(), p.key(), p.type(), p.issuer(), p.notBefore(), p.notAfter(),
                p.attributes(), code, p.idTokenHint()));
    }

    private Uni<SessionResult> saveAndContinue(AuthenticationSession session, boolean resumed) {
        Uni<AuthenticationSession> stored = resumed
                ? sessions.save(session, remaining(session)).replaceWith(session)
                : storeNew(session, MAX_CODE_ATTEMPTS);
        return stored.map(s -> continuation(s, resumed));
    }

    /** Stores a new session under a code nobody holds, drawing another code on a (rare) collision. */
    private Uni<AuthenticationSession> storeNew(AuthenticationSession session, int attemptsLeft) {
        return sessions.saveIfAbsent(session, remaining(session)).chain(stored -> {
            if (stored) {
                return Uni.createFrom().item(session);
            }
            if (attemptsLeft <= 1) {
                return Uni.createFrom().failure(new IllegalStateException("no free authentication code after "
                        + MAX_CODE_ATTEMPTS + " attempts"));
            }
            return storeNew(new AuthenticationSession(codes.next(), session.sessionId(), session.serviceProvider(),
                    session.mvpd(), session.domainName(), session.redirectUrl(), session.client(), session.device(),
                    session.notBefore(), session.notAfter()), attemptsLeft - 1);
        });
    }

    private Duration remaining(AuthenticationSession session) {
        return Duration.ofMillis(Math.max(1, session.notAfter() - clock.millis()));
    }

    private static SessionResult continuation(AuthenticationSession session, boolean resumed) {
        String sp = session.serviceProvider();
        List<String> missing = session.missingParameters();
        if (!missing.isEmpty()) {
            return new SessionResult(resumed ? SessionResult.RETRY : SessionResult.RESUME, SessionResult.DIRECT,
                    SessionResult.NONE, missing, "/api/v2/" + sp + "/sessions/" + session.code(), session.code(),
                    session.sessionId(), session.mvpd(), sp, session.notBefore(), session.notAfter());
        }
        return new SessionResult(SessionResult.AUTHENTICATE, SessionResult.INTERACTIVE, SessionResult.NONE,
                List.of(), "/api/v2/authenticate/" + sp + "/" + session.code(), session.code(),
                session.sessionId(), session.mvpd(), sp, session.notBefore(), session.notAfter());
    }

    private static SessionResult authorize(AuthenticationSession session, String reasonType, boolean resumed) {
        String sp = session.serviceProvider();
        // on resume the code is required in the answer (spec §4.3); on create, authorize answers carry none
        String code = resumed ? session.code() : null;
        return new SessionResult(SessionResult.AUTHORIZE, SessionResult.DIRECT, reasonType, List.of(),
                "/api/v2/" + sp + "/decisions/authorize/" + session.mvpd(), code, session.sessionId(), session.mvpd(),
                sp, resumed ? session.notBefore() : null, resumed ? session.notAfter() : null);
    }

    private static SessionInfo info(AuthenticationSession s) {
        Map<String, String> existing = new LinkedHashMap<>();
        if (s.redirectUrl() != null) {
            existing.put(AuthenticationSession.REDIRECT_URL, s.redirectUrl());
        }
        if (s.domainName() != null) {
            existing.put(AuthenticationSession.DOMAIN_NAME, s.domainName());
        }
        if (s.mvpd() != null) {
            existing.put(AuthenticationSession.MVPD, s.mvpd());
        }
        existing.put("serviceProvider", s.serviceProvider());
        DeviceInfo device = s.device().deviceInfoBase64() == null ? DeviceInfo.empty()
                : DeviceInfo.parse(s.device().deviceInfoBase64(), DeviceInfoRules.V2);
        return new SessionInfo(s.missingParameters(), existing, device.toSessionDeviceView(), s.notBefore(),
                s.notAfter());
    }
}
