package dev.tvegate.authn.config;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tvegate.authn.application.port.out.CodeLookupPort;
import dev.tvegate.authn.application.port.out.ConfigurationPort;
import dev.tvegate.authn.application.port.out.MvpdLoginPort;
import dev.tvegate.authn.application.port.out.ProfileStorePort;
import dev.tvegate.authn.application.port.out.RateLimiterPort;
import dev.tvegate.authn.application.port.out.SessionStorePort;
import dev.tvegate.authn.application.service.AuthenticationSessionService;
import dev.tvegate.authn.application.service.LogoutService;
import dev.tvegate.authn.application.service.ProfileService;
import dev.tvegate.authn.application.service.ThrottleService;
import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;

/** Wires the application services (plain Java) to their ports. */
@ApplicationScoped
public class UseCaseProducers {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    CodeGenerator codeGenerator() {
        return CodeGenerator.defaultUserCodes();
    }

    @Produces
    @Singleton
    AuthenticationSessionService sessions(ConfigurationPort configuration, SessionStorePort sessions,
            ProfileStorePort profiles, CodeGenerator codes, AuthnConfig config, Clock clock) {
        return new AuthenticationSessionService(configuration, sessions, profiles, codes, config.sessionTtl(),
                config.platformIssuer(), clock);
    }

    @Produces
    @Singleton
    ProfileService profiles(ConfigurationPort configuration, ProfileStorePort profiles, CodeLookupPort codeLookup,
            CodeGenerator codes, AuthnConfig config, Clock clock) {
        return new ProfileService(configuration, profiles, codeLookup, codes, config.platformIssuer(), clock);
    }

    /** One MVPD login adapter per protocol ({@link MvpdLoginPort#protocol()}); none yet is fine. */
    @Produces
    @Singleton
    LogoutService logout(ConfigurationPort configuration, ProfileStorePort profiles,
            Instance<MvpdLoginPort> loginAdapters) {
        Map<String, MvpdLoginPort> byProtocol = new HashMap<>();
        loginAdapters.forEach(a -> byProtocol.put(a.protocol(), a));
        return new LogoutService(configuration, profiles, byProtocol);
    }

    @Produces
    @Singleton
    ThrottleService throttle(AuthnConfig config, RateLimiterPort limiter) {
        AuthnConfig.Throttle t = config.throttle();
        return new ThrottleService(t.enabled(), new TokenBucketPolicy(t.ratePerSecond(), t.burst()), limiter,
                t.storeTimeout());
    }
}
