package dev.tvegate.drm.adapter.out.mediatoken;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.drm.application.port.out.MediaTokenGatePort;
import dev.tvegate.drm.config.DrmConfig;
import dev.tvegate.kernel.mediatoken.MediaTokenVerification;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Verifies media tokens with shared-kernel's {@link MediaTokenVerifier} against authz-service's published keys
 * ({@code tvegate.drm.gate.jwks-url}; refreshed every 10 minutes and on an unknown {@code kid}). The signature check
 * (and an occasional key fetch) runs on a worker thread, never on the event loop; the result comes back on the
 * request's own context (reactive PostgreSQL calls that follow need it).
 */
@ApplicationScoped
class JwksMediaTokenGateAdapter implements MediaTokenGatePort {

    private final MediaTokenVerifier verifier;
    private final Vertx vertx;

    JwksMediaTokenGateAdapter(DrmConfig config, Vertx vertx) {
        this.verifier = MediaTokenVerifier.fromJwksUrl(URI.create(config.gate().jwksUrl()));
        this.vertx = vertx;
    }

    @Override
    public Uni<MediaTokenVerification> verify(String serializedMediaToken, String resourceId) {
        return vertx.executeBlocking(
                Uni.createFrom().item(() -> verifier.verify(serializedMediaToken, resourceId)), false);
    }
}
