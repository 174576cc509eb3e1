package dev.tvegate.authz.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tvegate.authz.application.port.in.GetMediaTokenKeysUseCase;
import dev.tvegate.authz.application.port.in.V1AuthorizationUseCase;
import dev.tvegate.authz.application.port.out.ConfigurationPort;
import dev.tvegate.authz.application.port.out.DecisionCachePort;
import dev.tvegate.authz.application.port.out.EntitlementPort;
import dev.tvegate.authz.application.port.out.MediaTokenIssuerPort;
import dev.tvegate.authz.application.port.out.ProfileLookupPort;
import dev.tvegate.authz.application.port.out.RateLimiterPort;
import dev.tvegate.authz.application.port.out.TempPassPort;
import dev.tvegate.authz.application.port.out.V1AuthorizationStorePort;
import dev.tvegate.authz.application.service.AuthorizeService;
import dev.tvegate.authz.application.service.MediaTokenKeysService;
import dev.tvegate.authz.application.service.ThrottleService;
import dev.tvegate.authz.application.service.V1AuthorizationService;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;

/** Wires the framework-free application services to their ports. */
public class UseCaseProducers {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    V1AuthorizationUseCase v1(AuthorizeService core, ConfigurationPort configuration, ProfileLookupPort profiles,
            V1AuthorizationStorePort store, MediaTokenIssuerPort tokens, Clock clock) {
        return new V1AuthorizationService(core, configuration, profiles, store, tokens, clock);
    }

    @Produces
    @ApplicationScoped
    AuthorizeService authorize(ConfigurationPort configuration, ProfileLookupPort profiles,
            EntitlementPort entitlements, DecisionCachePort cache, MediaTokenIssuerPort tokens, TempPassPort tempPass,
            Clock clock, AuthzConfig config) {
        return new AuthorizeService(configuration, profiles, entitlements, cache, tokens, tempPass, clock,
                config.authorizeMaxResources());
    }

    @Produces
    @ApplicationScoped
    GetMediaTokenKeysUseCase mediaTokenKeys(MediaTokenIssuerPort issuer) {
        return new MediaTokenKeysService(issuer);
    }

    @Produces
    @Singleton
    ThrottleService throttle(AuthzConfig config, RateLimiterPort limiter) {
        AuthzConfig.Throttle t = config.throttle();
        return new ThrottleService(t.enabled(), new TokenBucketPolicy(t.ratePerSecond(), t.burst()), limiter,
                t.storeTimeout());
    }
}
