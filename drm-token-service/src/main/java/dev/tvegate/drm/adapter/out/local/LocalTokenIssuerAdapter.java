package dev.tvegate.drm.adapter.out.local;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.TokenIssuerPort;
import dev.tvegate.drm.application.port.out.TokenSealPort;
import dev.tvegate.drm.application.port.out.TokenSealingKeyPort;
import dev.tvegate.drm.config.DrmConfig;
import dev.tvegate.drm.domain.model.IssuedToken;
import dev.tvegate.drm.domain.model.TokenBackend;
import dev.tvegate.drm.domain.model.TokenRights;
import io.smallrye.mutiny.Uni;

/**
 * The {@code local} backend: TVE Gate mints the token itself, sealed under the customer's current sealing key, and
 * points the license URL at its own rights check ({@code <public-url>/hms/<drm>/rights/}).
 */
@ApplicationScoped
class LocalTokenIssuerAdapter implements TokenIssuerPort {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenSealingKeyPort keys;
    private final TokenSealPort seal;
    private final Clock clock;
    private final String publicUrl;

    LocalTokenIssuerAdapter(TokenSealingKeyPort keys, TokenSealPort seal, Clock clock, DrmConfig config) {
        this.keys = keys;
        this.seal = seal;
        this.clock = clock;
        this.publicUrl = config.publicUrl().replaceAll("/+$", "");
    }

    @Override
    public TokenBackend backend() {
        return TokenBackend.LOCAL;
    }

    @Override
    public Uni<IssuedToken> issue(IssueRequest request) {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        TokenRights rights = new TokenRights(Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                request.customer().id(), request.grant().drm(), request.environment(), clock.instant(),
                request.grant().expiresAt(), request.grant().kid(), request.contentKey(), request.grant().cookie(),
                request.resourceId(), request.mediaTokenId(), request.grant().policy());
        return keys.current(request.customer().id(), request.environment())
                .map(key -> new IssuedToken(rights.drm(),
                        publicUrl + "/hms/" + rights.drm().pathSegment() + "/rights/", seal.seal(rights, key)));
    }
}
