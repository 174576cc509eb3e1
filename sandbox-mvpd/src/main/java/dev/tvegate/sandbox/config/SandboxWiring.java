package dev.tvegate.sandbox.config;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.tvegate.sandbox.adapter.out.file.JsonUserDirectoryAdapter;
import dev.tvegate.sandbox.adapter.out.jose.Jose4jTokenSignerAdapter;
import dev.tvegate.sandbox.adapter.out.memory.InMemoryAccessTokenStoreAdapter;
import dev.tvegate.sandbox.adapter.out.memory.InMemoryAuthorizationCodeStoreAdapter;
import dev.tvegate.sandbox.adapter.out.memory.InMemoryClientRegistryAdapter;
import dev.tvegate.sandbox.adapter.out.memory.InMemoryPendingAuthorizationStoreAdapter;
import dev.tvegate.sandbox.application.ProviderSettings;
import dev.tvegate.sandbox.application.port.in.AuthenticateClientUseCase;
import dev.tvegate.sandbox.application.port.in.CheckEntitlementUseCase;
import dev.tvegate.sandbox.application.port.in.DescribeProviderUseCase;
import dev.tvegate.sandbox.application.port.in.EndSessionUseCase;
import dev.tvegate.sandbox.application.port.in.ExchangeCodeUseCase;
import dev.tvegate.sandbox.application.port.in.SignInUseCase;
import dev.tvegate.sandbox.application.port.in.StartAuthorizationUseCase;
import dev.tvegate.sandbox.application.port.in.UserInfoUseCase;
import dev.tvegate.sandbox.application.port.out.AccessTokenStorePort;
import dev.tvegate.sandbox.application.port.out.AuthorizationCodeStorePort;
import dev.tvegate.sandbox.application.port.out.ClientRegistryPort;
import dev.tvegate.sandbox.application.port.out.PendingAuthorizationStorePort;
import dev.tvegate.sandbox.application.port.out.TokenSignerPort;
import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;
import dev.tvegate.sandbox.application.service.AuthenticateClientService;
import dev.tvegate.sandbox.application.service.CheckEntitlementService;
import dev.tvegate.sandbox.application.service.DescribeProviderService;
import dev.tvegate.sandbox.application.service.EndSessionService;
import dev.tvegate.sandbox.application.service.ExchangeCodeService;
import dev.tvegate.sandbox.application.service.SignInService;
import dev.tvegate.sandbox.application.service.StartAuthorizationService;
import dev.tvegate.sandbox.application.service.UserInfoService;
import dev.tvegate.sandbox.domain.model.Client;
import dev.tvegate.sandbox.domain.service.EntitlementPolicy;
import dev.tvegate.sandbox.domain.service.LoginThrottle;
import io.quarkus.runtime.Startup;

/** Wires the use cases to their adapters from configuration. Everything is a singleton of a single instance. */
@Singleton
public class SandboxWiring {

    private static final Logger LOG = Logger.getLogger(SandboxWiring.class);

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ProviderSettings settings(SandboxConfig config) {
        return new ProviderSettings(config.issuer(), config.mvpdName(), config.codeTtl(), config.accessTokenTtl(),
                config.idTokenTtl(), config.loginRequestTtl(), config.entitlementTtl());
    }

    @Produces
    @Singleton
    @Startup
    ClientRegistryPort clients(SandboxConfig config) {
        List<Client> clients = config.clients().entrySet().stream()
                .map(e -> new Client(e.getKey(), e.getValue().name().orElse(null), e.getValue().secret(),
                        e.getValue().redirectUris(), e.getValue().postLogoutRedirectUris().orElse(List.of())))
                .toList();
        if (clients.isEmpty()) {
            throw new IllegalStateException("no client configured: set tvegate.sandbox.clients.<id>.secret and "
                    + ".redirect-uris");
        }
        clients.forEach(c -> LOG.infof("client %s (%s): redirect URIs %s", c.id(), c.name(), c.redirectUris()));
        return new InMemoryClientRegistryAdapter(clients);
    }

    @Produces
    @Singleton
    @Startup
    UserDirectoryPort users(SandboxConfig config) {
        JsonUserDirectoryAdapter users = JsonUserDirectoryAdapter.load(config.usersFile());
        LOG.infof("%d users loaded from %s", users.directory().size(), users.source());
        return users;
    }

    @Produces
    @Singleton
    @Startup
    TokenSignerPort signer(ProviderSettings settings, SandboxConfig config) {
        Jose4jTokenSignerAdapter signer = Jose4jTokenSignerAdapter.create(settings.issuer(), config.keyFile());
        LOG.infof("signing key kid=%s %s", signer.keyId(), config.keyFile().isPresent()
                ? "read from " + config.keyFile().get()
                : "generated at start-up (tokens will not verify after a restart; set tvegate.sandbox.key-file to keep one)");
        return signer;
    }

    @Produces
    @Singleton
    PendingAuthorizationStorePort pendingAuthorizations(Clock clock, SandboxConfig config) {
        return new InMemoryPendingAuthorizationStoreAdapter(clock, config.storeCapacity());
    }

    @Produces
    @Singleton
    AuthorizationCodeStorePort codes(Clock clock, SandboxConfig config) {
        return new InMemoryAuthorizationCodeStoreAdapter(clock, config.storeCapacity());
    }

    @Produces
    @Singleton
    AccessTokenStorePort accessTokens(Clock clock, SandboxConfig config) {
        return new InMemoryAccessTokenStoreAdapter(clock, config.storeCapacity());
    }

    @Produces
    @Singleton
    LoginThrottle loginThrottle(Clock clock, SandboxConfig config) {
        return new LoginThrottle(config.lockout().maxFailures(), config.lockout().window(), clock);
    }

    @Produces
    @Singleton
    StartAuthorizationUseCase startAuthorization(ClientRegistryPort clients, PendingAuthorizationStorePort pending,
            ProviderSettings settings, Clock clock) {
        return new StartAuthorizationService(clients, pending, settings, clock);
    }

    @Produces
    @Singleton
    SignInUseCase signIn(PendingAuthorizationStorePort pending, ClientRegistryPort clients, UserDirectoryPort users,
            AuthorizationCodeStorePort codes, LoginThrottle throttle, ProviderSettings settings, Clock clock) {
        return new SignInService(pending, clients, users, codes, throttle, settings, clock);
    }

    @Produces
    @Singleton
    AuthenticateClientUseCase authenticateClient(ClientRegistryPort clients) {
        return new AuthenticateClientService(clients);
    }

    @Produces
    @Singleton
    ExchangeCodeUseCase exchangeCode(AuthenticateClientUseCase authenticateClient, AuthorizationCodeStorePort codes,
            AccessTokenStorePort accessTokens, UserDirectoryPort users, TokenSignerPort signer,
            ProviderSettings settings, Clock clock) {
        return new ExchangeCodeService(authenticateClient, codes, accessTokens, users, signer, settings, clock);
    }

    @Produces
    @Singleton
    UserInfoUseCase userInfo(AccessTokenStorePort accessTokens, UserDirectoryPort users) {
        return new UserInfoService(accessTokens, users);
    }

    @Produces
    @Singleton
    EndSessionUseCase endSession(ClientRegistryPort clients, AccessTokenStorePort accessTokens,
            TokenSignerPort signer) {
        return new EndSessionService(clients, accessTokens, signer);
    }

    @Produces
    @Singleton
    CheckEntitlementUseCase checkEntitlement(UserDirectoryPort users, ProviderSettings settings) {
        return new CheckEntitlementService(users, new EntitlementPolicy(), settings.entitlementTtl());
    }

    @Produces
    @Singleton
    DescribeProviderUseCase describeProvider(ProviderSettings settings, UserDirectoryPort users,
            TokenSignerPort signer) {
        return new DescribeProviderService(settings, users, signer);
    }
}
