package dev.tvegate.drm.config;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.tvegate.drm.application.port.in.CheckRightsUseCase;
import dev.tvegate.drm.application.port.in.IssueTokenUseCase;
import dev.tvegate.drm.application.port.out.ContentKeyPort;
import dev.tvegate.drm.application.port.out.CustomerDirectoryPort;
import dev.tvegate.drm.application.port.out.MediaTokenGatePort;
import dev.tvegate.drm.application.port.out.SingleUseLedgerPort;
import dev.tvegate.drm.application.port.out.TokenIssuerPort;
import dev.tvegate.drm.application.port.out.TokenQuotaPort;
import dev.tvegate.drm.application.port.out.TokenSealPort;
import dev.tvegate.drm.application.port.out.TokenSealingKeyPort;
import dev.tvegate.drm.application.service.CheckRightsService;
import dev.tvegate.drm.application.service.CustomerAuthentication;
import dev.tvegate.drm.application.service.IssueTokenService;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.service.TokenRequestValidator;

/** Wires the framework-free application services to their adapters. */
@Singleton
public class UseCaseProducers {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    CustomerAuthentication customerAuthentication(CustomerDirectoryPort directory, DrmConfig config) {
        Environment environment = Environment.fromId(config.environment()).orElseThrow(
                () -> new IllegalStateException("tvegate.drm.environment must be test or production, not "
                        + config.environment()));
        return new CustomerAuthentication(directory, environment);
    }

    @Produces
    @Singleton
    IssueTokenUseCase issueToken(CustomerAuthentication authentication, ContentKeyPort contentKeys,
            MediaTokenGatePort gate, SingleUseLedgerPort ledger, TokenQuotaPort quota,
            @Any Instance<TokenIssuerPort> issuers, Clock clock) {
        Map<TokenBackend, TokenIssuerPort> byBackend = new EnumMap<>(TokenBackend.class);
        for (TokenIssuerPort issuer : issuers) {
            if (byBackend.put(issuer.backend(), issuer) != null) {
                throw new IllegalStateException("two issuers for backend " + issuer.backend().id());
            }
        }
        return new IssueTokenService(authentication, new TokenRequestValidator(clock), contentKeys, gate, ledger,
                quota, byBackend, clock);
    }

    @Produces
    @Singleton
    CheckRightsUseCase checkRights(TokenSealPort seal, TokenSealingKeyPort keys, CustomerAuthentication authentication,
            Clock clock) {
        return new CheckRightsService(seal, keys, authentication, clock);
    }
}
