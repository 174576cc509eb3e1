package dev.tvegate.drm.application.port.in;

import java.util.Optional;

import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.TokenRights;
import io.smallrye.mutiny.Uni;

/**
 * {@code /hms/{drm}/rights/?ExpressPlayToken=…}: the redeem-side check of a {@code local} token. Fails with
 * {@code -4010} (token invalid: unreadable, tampered, expired, other DRM or environment).
 */
public interface CheckRightsUseCase {

    Uni<RightsResult> check(CheckRightsQuery query);

    /**
     * @param drm the DRM of the path
     * @param token the ExpressPlayToken
     * @param customerAuthenticator the license server's credential, if sent: with it (the token's own customer) the
     *        answer includes the content key
     */
    record CheckRightsQuery(DrmSystem drm, String token, Optional<String> customerAuthenticator) {
    }

    /** @param keyRevealed whether the caller proved to be the token's customer and may see the content key */
    record RightsResult(TokenRights rights, boolean keyRevealed) {
    }
}
