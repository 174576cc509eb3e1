package dev.tvegate.authn.config;

import java.net.URI;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tvegate.authn.application.port.out.ActivationAttemptsPort;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.LoginStatePort;
import dev.tvegate.authn.application.port.out.MvpdLoginPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.application.service.ActivationService;
import dev.tvegate.authn.application.service.MvpdLoginRegistry;
import dev.tvegate.authn.application.service.MvpdLoginService;

/** Wires the MVPD login and the activation page (plain Java services) to their ports. */
@ApplicationScoped
public class LoginProducers {

    /** Where MVPDs send the browser back; must be registered as a redirect URI at every MVPD. */
    public static final String CALLBACK_PATH = "/api/v2/authenticate/callback";
    /** Where the activation page's sign-ins end when the app gave no redirect URL. */
    public static final String DONE_PATH = "/activate/done";

    private final String publicUrl;

    LoginProducers(
            @ConfigProperty(name = "tvegate.authn.public-url", defaultValue = "http://localhost:8082") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Produces
    @Singleton
    MvpdLoginRegistry mvpdLogins(Instance<MvpdLoginPort> adapters) {
        return new MvpdLoginRegistry(adapters.stream().toList());
    }

    @Produces
    @Singleton
    MvpdLoginService mvpdLogin(SessionStorePort sessions, ConfigurationPort configuration, LoginStatePort states,
            ProfileStorePort profiles, MvpdLoginRegistry logins, AuthnConfig config, Clock clock) {
        return new MvpdLoginService(sessions, configuration, states, profiles, logins,
                new MvpdLoginService.Settings(URI.create(publicUrl + CALLBACK_PATH), config.loginStateTtl(),
                        config.platformIssuer()),
                clock);
    }

    @Produces
    @Singleton
    ActivationService activation(SessionStorePort sessions, ConfigurationPort configuration,
            ActivationAttemptsPort attempts, MvpdLoginRegistry logins, ActivationConfig config, Clock clock) {
        return new ActivationService(sessions, configuration, attempts, logins,
                new ActivationService.Settings(config.maxFailedAttempts(), config.failedAttemptsWindow(),
                        publicUrl + DONE_PATH),
                clock);
    }
}
