package dev.tvegate.drm.application.port.out;

import dev.tvegate.kernel.mediatoken.MediaTokenVerification;
import io.smallrye.mutiny.Uni;

/** Verifies a media token issued by authz-service (its JWKS) for one resource. */
public interface MediaTokenGatePort {

    Uni<MediaTokenVerification> verify(String serializedMediaToken, String resourceId);
}
