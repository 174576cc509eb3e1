package dev.tvegate.authn.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.tvegate.authn.application.port.in.ActivateDeviceUseCase;
import dev.tvegate.authn.application.port.in.ActivationLookupCommand;
import dev.tvegate.authn.application.port.in.ActivationResult;
import dev.tvegate.authn.application.port.in.ActivationResult.ChooseProvider;
import dev.tvegate.authn.application.port.in.ActivationResult.Continue;
import dev.tvegate.authn.application.port.in.ActivationResult.Problem;
import dev.tvegate.authn.application.port.in.ActivationResult.ProviderOption;
import dev.tvegate.authn.application.port.in.ActivationResult.Rejected;
import dev.tvegate.authn.application.port.in.ChooseProviderCommand;
import dev.tvegate.authn.application.port.out.ActivationAttemptsPort;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.domain.model.AuthenticationSession;
import dev.tvegate.authn.domain.model.IntegrationConfig;
import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.kernel.code.CodeGenerator;
import io.smallrye.mutiny.Uni;

/**
 * The activation page's logic (cookbook step 3, option 2).
 * <p>
 * <b>Guessing codes.</b> A code has {@code length × log2(20)} bits of entropy (kernel {@link CodeGenerator}: 8
 * characters ≈ 34.6 bits, about 1.1 × 10¹⁰ codes). RFC 8628 §5.1 asks that guessing be bounded: every look-up of an
 * unknown code counts against the client IP, and after {@code maxFailedAttempts} in a window the page refuses
 * further look-ups until the window ends (default 10 a minute). With N codes alive at once an attacker at that rate
 * finds one with probability about {@code 10 × N / 1.1e10} a minute per IP; the spec §7 throttle and the 30-minute
 * code lifetime bound it further. Malformed input never reaches the store and is not counted.
 */
public final class ActivationService implements ActivateDeviceUseCase {

    /**
     * @param maxFailedAttempts failed look-ups a client may make per window
     * @param failedAttemptsWindow the window
     * @param doneUrl where the user agent lands after the MVPD sign-in when the app gave no redirect URL
     */
    public record Settings(int maxFailedAttempts, Duration failedAttemptsWindow, String doneUrl) {
        public Settings {
            if (maxFailedAttempts < 1) {
                throw new IllegalArgumentException("maxFailedAttempts must be at least 1");
            }
            Objects.requireNonNull(failedAttemptsWindow, "failedAttemptsWindow");
            Objects.requireNonNull(doneUrl, "doneUrl");
        }
    }

    private final SessionStorePort sessions;
    private final ConfigurationPort configuration;
    private final ActivationAttemptsPort attempts;
    private final MvpdLoginRegistry logins;
    private final Settings settings;
    private final Clock clock;

    public ActivationService(SessionStorePort sessions, ConfigurationPort configuration,
            ActivationAttemptsPort attempts, MvpdLoginRegistry logins, Settings settings, Clock clock) {
        this.sessions = sessions;
        this.configuration = configuration;
        this.attempts = attempts;
        this.logins = logins;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Uni<ActivationResult> lookup(ActivationLookupCommand command) {
        return withSession(command.typedCode(), command.clientIp(), (session, config) -> {
            List<ProviderOption> offered = offered(config);
            if (session.mvpd() != null) {
                Optional<IntegrationConfig> chosen = config.enabledIntegration(session.mvpd());
                if (chosen.isEmpty()) {
                    return rejected(Problem.PROVIDER_NOT_AVAILABLE, session.code());
                }
                if (command.continueIfChosen()) {
                    return resume(session, config, session.mvpd());
                }
                return item(new ChooseProvider(session.code(), session.serviceProvider(), nameOf(config),
                        List.of(optionOf(chosen.get())), session.mvpd()));
            }
            if (offered.isEmpty()) {
                return rejected(Problem.SERVICE_NOT_READY, session.code());
            }
            return item(new ChooseProvider(session.code(), session.serviceProvider(), nameOf(config), offered, null));
        });
    }

    @Override
    public Uni<ActivationResult> choose(ChooseProviderCommand command) {
        return withSession(command.code(), command.clientIp(), (session, config) -> {
            if (session.mvpd() != null) {
                // the app already chose; the page offered nothing else
                return config.enabledIntegration(session.mvpd()).isPresent()
                        ? resume(session, config, session.mvpd())
                        : rejected(Problem.PROVIDER_NOT_AVAILABLE, session.code());
            }
            boolean offered = command.mvpd() != null
                    && offered(config).stream().anyMatch(o -> o.id().equals(command.mvpd()));
            return offered ? resume(session, config, command.mvpd())
                    : rejected(Problem.PROVIDER_NOT_AVAILABLE, session.code());
        });
    }

    @FunctionalInterface
    private interface SessionStep {
        Uni<ActivationResult> apply(AuthenticationSession session, SpConfiguration config);
    }

    private Uni<ActivationResult> withSession(String typedCode, String clientIp, SessionStep step) {
        String code = CodeGenerator.normalize(typedCode);
        if (!isWellFormed(code)) {
            return rejected(Problem.MALFORMED_CODE, typedCode);
        }
        return attempts.failures(clientIp).flatMap(failures -> {
            if (failures >= settings.maxFailedAttempts()) {
                return rejected(Problem.TOO_MANY_ATTEMPTS, typedCode);
            }
            return sessions.find(code).flatMap(found -> {
                Optional<AuthenticationSession> session = found.filter(s -> s.isValidAt(clock.millis()));
                if (session.isEmpty()) {
                    return attempts.recordFailure(clientIp, settings.failedAttemptsWindow())
                            .replaceWith(new Rejected(Problem.UNKNOWN_CODE, typedCode));
                }
                return configuration.find(session.get().serviceProvider()).flatMap(config -> config.isEmpty()
                        ? rejected(Problem.SERVICE_NOT_READY, code)
                        : step.apply(session.get(), config.get()));
            });
        });
    }

    /** Fills what the activation page can supply and saves the session for the rest of its lifetime. */
    private Uni<ActivationResult> resume(AuthenticationSession session, SpConfiguration config, String mvpd) {
        String domain = session.domainName() != null ? session.domainName()
                : config.serviceProvider().domains().stream().findFirst().orElse(null);
        if (domain == null) {
            return rejected(Problem.SERVICE_NOT_READY, session.code());
        }
        String redirectUrl = session.redirectUrl() != null ? session.redirectUrl() : settings.doneUrl();
        AuthenticationSession resumed = session.withParameters(mvpd, domain, redirectUrl);
        Continue next = new Continue(session.serviceProvider(), session.code());
        if (resumed.equals(session)) {
            return item(next);
        }
        long remaining = session.notAfter() - clock.millis();
        if (remaining <= 0) {
            return rejected(Problem.UNKNOWN_CODE, session.code());
        }
        return sessions.save(resumed, Duration.ofMillis(remaining)).replaceWith(next);
    }

    /** The MVPDs a viewer can sign in with: enabled, and with a login protocol (TempPass needs none). */
    private List<ProviderOption> offered(SpConfiguration config) {
        return config.enabledIntegrations().stream()
                .filter(i -> !i.isTempPass() && logins.supports(i.mvpd().protocol()))
                .map(ActivationService::optionOf)
                .toList();
    }

    private static ProviderOption optionOf(IntegrationConfig integration) {
        return new ProviderOption(integration.mvpdId(), integration.mvpd().displayName(),
                integration.mvpd().logoUrl());
    }

    private static String nameOf(SpConfiguration config) {
        String name = config.serviceProvider().name();
        return name == null || name.isBlank() ? config.serviceProvider().id() : name;
    }

    /** Length within the kernel's bounds and only code-alphabet characters: anything else is a typo, not a guess. */
    static boolean isWellFormed(String code) {
        return code != null && code.length() >= CodeGenerator.MIN_LENGTH && code.length() <= CodeGenerator.MAX_LENGTH
                && code.chars().allMatch(c -> CodeGenerator.ALPHABET.indexOf(c) >= 0);
    }

    private static Uni<ActivationResult> rejected(Problem problem, String typedCode) {
        return item(new Rejected(problem, typedCode));
    }

    private static Uni<ActivationResult> item(ActivationResult result) {
        return Uni.createFrom().item(result);
    }
}
