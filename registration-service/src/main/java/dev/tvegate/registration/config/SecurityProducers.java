package dev.tvegate.registration.config;

import java.nio.file.Path;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.tvegate.kernel.code.CodeGenerator;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import dev.tvegate.registration.adapter.out.security.RsaKeyRing;
import dev.tvegate.registration.application.port.in.AuthenticateLegacyRequestUseCase;
import dev.tvegate.registration.application.port.in.GetPublicKeySetUseCase;
import dev.tvegate.registration.application.port.in.IssueAccessTokenUseCase;
import dev.tvegate.registration.application.port.in.ManageRegCodesUseCase;
import dev.tvegate.registration.application.port.in.RegisterClientUseCase;
import dev.tvegate.registration.application.port.in.ThrottleRequestUseCase;
import dev.tvegate.registration.application.port.out.AccessTokenIssuerPort;
import dev.tvegate.registration.application.port.out.AccessTokenVerifierPort;
import dev.tvegate.registration.application.port.out.ApplicationRepositoryPort;
import dev.tvegate.registration.application.port.out.ClientRepositoryPort;
import dev.tvegate.registration.application.port.out.NonceStorePort;
import dev.tvegate.registration.application.port.out.PublicKeySetPort;
import dev.tvegate.registration.application.port.out.RateLimiterPort;
import dev.tvegate.registration.application.port.out.RegCodeStorePort;
import dev.tvegate.registration.application.port.out.ServiceClientDirectoryPort;
import dev.tvegate.registration.application.port.out.ServiceProviderRepositoryPort;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.application.service.AuthenticateLegacyRequestService;
import dev.tvegate.registration.application.service.GetPublicKeySetService;
import dev.tvegate.registration.application.service.IssueAccessTokenService;
import dev.tvegate.registration.application.service.RegCodeService;
import dev.tvegate.registration.application.service.RegisterClientService;
import dev.tvegate.registration.application.service.ThrottleService;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** Wires the security use cases to their ports and loads the signing keys at start-up. */
@ApplicationScoped
public class SecurityProducers {

    private static final Logger LOG = Logger.getLogger(SecurityProducers.class);

    @Produces
    @Singleton
    @Startup
    RsaKeyRing keyRing(SecurityConfig config) {
        if (config.keys().dir().isPresent()) {
            RsaKeyRing ring = RsaKeyRing.fromDirectory(Path.of(config.keys().dir().get()), config.keys().currentKid());
            LOG.infof("Signing keys loaded from %s: %s; current kid %s", config.keys().dir().get(),
                    ring.all().stream().map(RsaKeyRing.SigningKey::kid).toList(), ring.current().kid());
            return ring;
        }
        RsaKeyRing ring = RsaKeyRing.generated(config.keys().currentKid());
        LOG.warnf("DEV KEY: no signing keys configured; generated RSA key %s. Tokens will not survive a restart; "
                + "configure tvegate.registration.keys.dir", ring.current().kid());
        return ring;
    }

    @Produces
    @Singleton
    GetPublicKeySetUseCase publicKeySet(PublicKeySetPort keys) {
        return new GetPublicKeySetService(keys);
    }

    @Produces
    @Singleton
    RegisterClientUseCase registerClient(SoftwareStatementPort statements, ApplicationRepositoryPort applications,
            ClientRepositoryPort clients) {
        return new RegisterClientService(statements, applications, clients, Clock.systemUTC());
    }

    @Produces
    @Singleton
    AuthenticateLegacyRequestUseCase authenticateLegacyRequest(ApplicationRepositoryPort applications,
            NonceStorePort nonces, SecurityConfig config) {
        return new AuthenticateLegacyRequestService(applications, nonces, Clock.systemUTC(),
                config.legacy().requestTimeWindow());
    }

    @Produces
    @Singleton
    ManageRegCodesUseCase regCodes(RegCodeStorePort store, ServiceProviderRepositoryPort serviceProviders) {
        CodeGenerator codes = CodeGenerator.defaultUserCodes();
        return new RegCodeService(store, serviceProviders, codes::next, Clock.systemUTC());
    }

    @Produces
    @Singleton
    ThrottleRequestUseCase throttle(SecurityConfig config, RateLimiterPort limiter, AccessTokenVerifierPort verifier) {
        SecurityConfig.Throttle t = config.throttle();
        return new ThrottleService(t.enabled(), new TokenBucketPolicy(t.ratePerSecond(), t.burst()), limiter,
                verifier, t.redisTimeout());
    }

    @Produces
    @Singleton
    IssueAccessTokenUseCase issueAccessToken(ServiceClientDirectoryPort serviceClients, ClientRepositoryPort clients,
            ApplicationRepositoryPort applications, AccessTokenIssuerPort issuer, SecurityConfig config) {
        return new IssueAccessTokenService(serviceClients, clients, applications, config.applicationCacheTtl(),
                issuer, Infrastructure.getDefaultWorkerPool());
    }
}
