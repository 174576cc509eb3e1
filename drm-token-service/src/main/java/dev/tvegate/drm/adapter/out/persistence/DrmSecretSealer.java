package dev.tvegate.drm.adapter.out.persistence;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.tvegate.drm.config.DrmConfig;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.KeyIds;
import dev.tvegate.kernel.crypto.AesGcmSealer;
import io.quarkus.runtime.Startup;

/**
 * Seals drm-token's secrets at rest with the shared-kernel's {@link AesGcmSealer} ({@code v1:} AES-256-GCM) under
 * {@code tvegate.drm.secrets-key}; the associated data names the row and column, so a value copied to another row
 * does not open. Without a configured key a random one is used (WARN: nothing sealed survives a restart).
 */
@Singleton
@Startup
class DrmSecretSealer {

    private static final Logger LOG = Logger.getLogger(DrmSecretSealer.class);

    private final AesGcmSealer sealer;

    DrmSecretSealer(DrmConfig config) {
        this.sealer = new AesGcmSealer(AesGcmSealer.configuredOrRandomKey(config.secretsKey(),
                "tvegate.drm.secrets-key", "ExpressPlay credentials, content keys and token-sealing keys", LOG::warn));
    }

    static String contentKeyContext(long customerId, String kid) {
        return "drm/content-key/" + customerId + "/" + kid;
    }

    static String credentialContext(long customerId, Environment environment) {
        return "drm/expressplay-credential/" + customerId + "/" + environment.id();
    }

    static String sealingKeyContext(long customerId, int keyId) {
        return "drm/token-sealing-key/" + customerId + "/" + KeyIds.hex(keyId);
    }

    String seal(byte[] plaintext, String context) {
        return sealer.seal(plaintext, context);
    }

    String seal(String plaintext, String context) {
        return sealer.seal(plaintext, context);
    }

    byte[] openBytes(String sealed, String context) {
        return sealer.openBytes(sealed, context);
    }

    String open(String sealed, String context) {
        return sealer.open(sealed, context);
    }
}
