package dev.tvegate.drm.application.port.in;

import java.util.Objects;
import java.util.Optional;

import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * @param drm the DRM of the path
 * @param parameters query string and form body, merged
 * @param bearerMediaToken the media token sent as {@code Authorization: Bearer …}, if any (the {@code mediaToken}
 *        parameter wins when both are sent)
 */
public record IssueTokenCommand(DrmSystem drm, TokenParameters parameters, Optional<String> bearerMediaToken) {

    public IssueTokenCommand {
        Objects.requireNonNull(drm, "drm");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(bearerMediaToken, "bearerMediaToken");
    }
}
