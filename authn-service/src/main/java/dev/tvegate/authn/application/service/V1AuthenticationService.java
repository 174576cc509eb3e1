package dev.tvegate.authn.application.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.tvegate.authn.application.port.in.FreePreviewCommand;
import dev.tvegate.authn.application.port.in.StartMvpdLoginCommand;
import dev.tvegate.authn.application.port.in.StartMvpdLoginResult;
import dev.tvegate.authn.application.port.in.StartMvpdLoginUseCase;
import dev.tvegate.authn.application.port.in.StartV1AuthenticationUseCase;
import dev.tvegate.authn.application.port.in.V1AuthenticateCommand;
import dev.tvegate.authn.application.port.in.V1AuthenticationResult;
import dev.tvegate.authn.application.port.in.V1AuthnStatus;
import dev.tvegate.authn.application.port.in.V1AuthnTokensUseCase;
import dev.tvegate.authn.application.port.in.V1DeviceQuery;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.application.port.out.RegCodePort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.error.MvpdLoginException;
import dev.tvegate.authn.domain.error.MvpdLoginException.Reason;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.DeviceContext;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.ProfileKey;
import dev.tvegate.authn.domain.model.RegistrationCode;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.authn.domain.service.V1Profiles;
import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import io.smallrye.mutiny.Uni;

/**
 * REST v1 authentication (spec §6) on top of the v2 machinery:
 * <ul>
 * <li>{@code /api/v1/authenticate} reads the device's registration code from registration-service, opens an
 * authentication session for the device's v1 token ({@link V1Profiles}: pseudo client {@code v1:<requestor>}, the
 * regcode's {@code deviceId}) and hands it to the MVPD login of {@link MvpdLoginService}; its callback stores the
 * regular profile that is the device's AuthN token and sends the browser to {@code redirect_url};</li>
 * <li>{@code checkauthn}, {@code tokens/authn}, {@code logout} read and delete those profiles; an expired token is
 * told apart from a missing one by the profile store's last-{@code notAfter} memory (410 vs 404);</li>
 * <li>{@code authenticate/freepreview} stores the temporary profile of the device's TempPass trial (read, not
 * started: the trial starts at the first authorization).</li>
 * </ul>
 */
public final class V1AuthenticationService implements StartV1AuthenticationUseCase, V1AuthnTokensUseCase {

    /** What a typed registration code may look like once normalised (registration owns the exact format). */
    private static final Pattern REG_CODE = Pattern.compile("[A-Z0-9]{4,16}");
    private static final int MAX_CODE_ATTEMPTS = 5;
    private static final int MAX_DEVICE_ID_CHARS = 512;

    /**
     * @param sessionTtl lifetime of the authentication session behind a v1 sign-in
     * @param activationUrl the activation page (its provider list, for the path variant without an MVPD)
     * @param doneUrl where the browser lands when the path variant gave no redirect URL
     */
    public record Settings(Duration sessionTtl, String activationUrl, String doneUrl) {
        public Settings {
            Objects.requireNonNull(sessionTtl, "sessionTtl");
            Objects.requireNonNull(activationUrl, "activationUrl");
            Objects.requireNonNull(doneUrl, "doneUrl");
        }
    }

    private final ConfigurationPort configuration;
    private final RegCodePort regCodes;
    private final SessionStorePort sessions;
    private final ProfileStorePort profiles;
    private final StartMvpdLoginUseCase mvpdLogin;
    private final TempPassService tempPass;
    private final CodeGenerator codes;
    private final Settings settings;
    private final Clock clock;

    public V1AuthenticationService(ConfigurationPort configuration, RegCodePort regCodes, SessionStorePort sessions,
            ProfileStorePort profiles, StartMvpdLoginUseCase mvpdLogin, TempPassService tempPass,
            CodeGenerator codes, Settings settings, Clock clock) {
        this.configuration = configuration;
        this.regCodes = regCodes;
        this.sessions = sessions;
        this.profiles = profiles;
        this.mvpdLogin = mvpdLogin;
        this.tempPass = tempPass;
        this.codes = codes;
        this.settings = settings;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------- authenticate (browser)

    @Override
    public Uni<V1AuthenticationResult> start(V1AuthenticateCommand command) {
        String code = CodeGenerator.normalize(command.regCode());
        if (code == null || !REG_CODE.matcher(code).matches()) {
            return Uni.createFrom().failure(new MvpdLoginException(Reason.SESSION_NOT_FOUND,
                    "v1 authenticate without a well-formed reg_code"));
        }
        return Requests.serviceProvider(configuration, command.requestor()).chain(config -> {
            Target target = target(config, command);
            return regCodes.find(config.serviceProvider().id(), code)
                    .onFailure().transform(e -> new MvpdLoginException(Reason.CONFIGURATION_UNAVAILABLE,
                            "registration code look-up failed: " + e, e))
                    .chain(found -> {
                        RegistrationCode regCode = found.filter(r -> r.isValidAt(clock.millis()))
                                .filter(r -> r.deviceId() != null && !r.deviceId().isBlank())
                                .orElseThrow(() -> new MvpdLoginException(Reason.SESSION_NOT_FOUND,
                                        "unknown or expired registration code for " + command.requestor()));
                        String mvpd = target.mvpd() != null ? target.mvpd()
                                : command.lenient() ? preselected(config, regCode) : null;
                        return open(config, regCode, mvpd, target);
                    });
        });
    }

    /** The validated parameters of the request. */
    private record Target(String mvpd, String domainName, String redirectUrl) {
    }

    private Target target(SpConfiguration config, V1AuthenticateCommand command) {
        String mvpd = command.mvpd() == null || command.mvpd().isBlank() ? null
                : Requests.enabledIntegration(config, command.mvpd()).mvpdId();
        if (mvpd == null && !command.lenient()) {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_MVPD, "The mso_id parameter is required.");
        }
        String domain;
        if (command.domainName() != null && !command.domainName().isBlank()) {
            domain = Requests.domain(config, command.domainName());
        } else if (command.lenient() && !config.serviceProvider().domains().isEmpty()) {
            domain = config.serviceProvider().domains().get(0);
        } else {
            throw new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_SERVICE_PROVIDER,
                    "The domain_name parameter is required.");
        }
        String redirect = command.redirectUrl() == null && command.lenient() ? settings.doneUrl()
                : Requests.redirectUrl(command.redirectUrl());
        return new Target(mvpd, domain, redirect);
    }

    /** The MVPD the device chose when it asked for the code, if it still has an enabled integration. */
    private static String preselected(SpConfiguration config, RegistrationCode regCode) {
        return regCode.mvpd() == null ? null
                : config.enabledIntegration(regCode.mvpd()).map(IntegrationConfig::mvpdId).orElse(null);
    }

    private Uni<V1AuthenticationResult> open(SpConfiguration config, RegistrationCode regCode, String mvpd,
            Target target) {
        String sp = config.serviceProvider().id();
        long now = clock.millis();
        AuthenticationSession session = new AuthenticationSession(codes.next(), Secrets.newUuid(), sp, mvpd,
                target.domainName(), target.redirectUrl(), V1Profiles.client(sp),
                new DeviceContext(regCode.deviceId(), regCode.deviceInfo(), regCode.userAgent(), null), now,
                now + settings.sessionTtl().toMillis());
        return storeNew(session, MAX_CODE_ATTEMPTS).chain(stored -> {
            if (stored.mvpd() == null) {
                // no provider chosen yet: the activation page lists them and continues the same session
                return Uni.createFrom().item(new V1AuthenticationResult(
                        settings.activationUrl() + "?code=" + URLEncoder.encode(stored.code(), StandardCharsets.UTF_8)));
            }
            return mvpdLogin.start(new StartMvpdLoginCommand(sp, stored.code())).map(result -> switch (result) {
                case StartMvpdLoginResult.RedirectToMvpd r -> new V1AuthenticationResult(r.location().toString());
                case StartMvpdLoginResult.NoLoginNeeded n -> new V1AuthenticationResult(n.redirectUrl());
            });
        });
    }

    private Uni<AuthenticationSession> storeNew(AuthenticationSession session, int attemptsLeft) {
        Duration ttl = Duration.ofMillis(Math.max(1, session.notAfter() - clock.millis()));
        return sessions.saveIfAbsent(session, ttl).chain(stored -> {
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

    // ---------------------------------------------------------------------------------------- tokens (device)

    @Override
    public Uni<V1AuthnStatus> status(V1DeviceQuery query) {
        return requestor(query.requestor()).chain(sp -> statusOf(V1Profiles.key(sp, deviceId(query.deviceId()))));
    }

    private Uni<V1AuthnStatus> statusOf(ProfileKey key) {
        return profiles.findAll(key).chain(found -> {
            long now = clock.millis();
            Optional<V1AuthnStatus> valid = V1Profiles.current(found.stream().filter(p -> p.isValidAt(now)).toList())
                    .map(V1AuthnStatus.Valid::new);
            if (valid.isPresent()) {
                return Uni.createFrom().item(valid.get());
            }
            return profiles.lastNotAfter(key).map(last -> last.filter(notAfter -> notAfter <= clock.millis())
                    .<V1AuthnStatus> map(V1AuthnStatus.Expired::new).orElseGet(V1AuthnStatus.Missing::new));
        });
    }

    @Override
    public Uni<Boolean> authenticatedByRegCode(String requestor, String code) {
        String normalised = CodeGenerator.normalize(code);
        if (normalised == null || !REG_CODE.matcher(normalised).matches()) {
            return Uni.createFrom().item(false);
        }
        return requestor(requestor).chain(sp -> regCodes.find(sp, normalised).chain(found -> {
            if (found.isEmpty() || found.get().deviceId() == null || found.get().deviceId().isBlank()) {
                return Uni.createFrom().item(false);
            }
            return statusOf(V1Profiles.key(sp, found.get().deviceId())).map(s -> s instanceof V1AuthnStatus.Valid);
        }));
    }

    @Override
    public Uni<Void> logout(V1DeviceQuery query) {
        return requestor(query.requestor())
                .chain(sp -> profiles.delete(V1Profiles.key(sp, deviceId(query.deviceId())), null))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> freePreview(FreePreviewCommand command) {
        return Requests.serviceProvider(configuration, command.requestor())
                .onFailure(EnhancedErrorException.class).transform(V1AuthenticationService::asV1)
                .chain(config -> {
                    String deviceId = deviceId(command.deviceId());
                    IntegrationConfig integration;
                    try {
                        integration = TempPassService.tempPassIntegration(config, command.mvpd());
                    } catch (EnhancedErrorException e) {
                        throw new EnhancedErrorException(ErrorCode.UNKNOWN_INTEGRATION, e.error().details());
                    }
                    if (command.domainName() != null && !command.domainName().isBlank()
                            && !config.serviceProvider().hasDomain(command.domainName())) {
                        throw new EnhancedErrorException(ErrorCode.INVALID_REQUESTOR, "Domain '"
                                + Requests.printable(command.domainName()) + "' is not registered for requestor '"
                                + config.serviceProvider().id() + "'.");
                    }
                    ProfileKey key = V1Profiles.key(config.serviceProvider().id(), deviceId);
                    return tempPass.temporaryProfile(integration, key, command.identity(), null)
                            .chain(profiles::save);
                });
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** @return the requestor's id; v1 400 {@code invalid_requestor} when it does not exist */
    private Uni<String> requestor(String requestor) {
        return Requests.serviceProvider(configuration, requestor)
                .onFailure(EnhancedErrorException.class).transform(V1AuthenticationService::asV1)
                .map(config -> config.serviceProvider().id());
    }

    private static Throwable asV1(Throwable e) {
        EnhancedErrorException ee = (EnhancedErrorException) e;
        return ee.error().code().equals(ErrorCode.INVALID_PARAMETER_SERVICE_PROVIDER.code())
                ? new EnhancedErrorException(ErrorCode.INVALID_REQUESTOR, ee.error().details())
                : e;
    }

    /** @return the v1 {@code deviceId}; 400 {@code invalid_device_id} when missing or unusable */
    static String deviceId(String deviceId) {
        if (deviceId == null || deviceId.isBlank()) {
            throw new EnhancedErrorException(ErrorCode.INVALID_DEVICE_ID, "Required 'deviceId' is not present.");
        }
        if (deviceId.length() > MAX_DEVICE_ID_CHARS || deviceId.chars().anyMatch(Character::isISOControl)) {
            throw new EnhancedErrorException(ErrorCode.INVALID_DEVICE_ID,
                    "deviceId must hold 1 to " + MAX_DEVICE_ID_CHARS + " printable characters.");
        }
        return deviceId;
    }
}
