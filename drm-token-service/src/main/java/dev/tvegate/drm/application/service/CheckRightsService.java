package dev.tvegate.drm.application.service;

import java.time.Clock;
import java.util.Optional;

import dev.tvegate.drm.application.port.in.CheckRightsUseCase;
import dev.tvegate.drm.application.port.out.TokenSealPort;
import dev.tvegate.drm.application.port.out.TokenSealingKeyPort;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.TokenRights;
import io.smallrye.mutiny.Uni;

/**
 * Opens a {@code local} token with the sealing key its header names and checks that it is authentic, for this DRM and
 * environment, and unexpired. The content key is revealed only to the token's own customer (a license server holding
 * one of its authenticators); anyone else — a player holding the token — learns the rights without the key.
 */
public final class CheckRightsService implements CheckRightsUseCase {

    private final TokenSealPort seal;
    private final TokenSealingKeyPort keys;
    private final CustomerAuthentication authentication;
    private final Clock clock;

    public CheckRightsService(TokenSealPort seal, TokenSealingKeyPort keys, CustomerAuthentication authentication,
            Clock clock) {
        this.seal = seal;
        this.keys = keys;
        this.authentication = authentication;
        this.clock = clock;
    }

    @Override
    public Uni<RightsResult> check(CheckRightsQuery query) {
        Optional<TokenSealPort.SealedHeader> header = seal.header(query.token());
        if (header.isEmpty()) {
            return Uni.createFrom().failure(invalid("not a TVE Gate token"));
        }
        return keys.find(header.get().customerId(), header.get().keyId()).flatMap(key -> {
            TokenRights rights = key.flatMap(k -> seal.open(query.token(), k))
                    .orElseThrow(() -> invalid("the token does not open (altered, or its key was deleted)"));
            if (rights.drm() != query.drm()) {
                throw invalid("the token is for /hms/" + rights.drm().pathSegment() + "/");
            }
            if (rights.environment() != authentication.environment()) {
                throw invalid("the token is for the " + rights.environment().id() + " environment");
            }
            if (!rights.expiresAt().isAfter(clock.instant())) {
                throw invalid("expired token");
            }
            if (query.customerAuthenticator().isEmpty()) {
                return Uni.createFrom().item(new RightsResult(rights, false));
            }
            return authentication.authenticate(query.customerAuthenticator()).map(customer -> {
                if (customer.id() != rights.customerId()) {
                    throw new TokenRequestException(TokenErrorCode.AUTHENTICATOR_INVALID,
                            "the token belongs to another customer");
                }
                return new RightsResult(rights, true);
            });
        });
    }

    private static TokenRequestException invalid(String details) {
        return new TokenRequestException(TokenErrorCode.TOKEN_INVALID, details);
    }
}
