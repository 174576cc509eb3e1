package dev.tvegate.registration.adapter.out.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.tvegate.kernel.crypto.AesGcmSealer;
import dev.tvegate.registration.config.CatalogueConfig;
import io.quarkus.runtime.Startup;

/**
 * Seals secrets stored in PostgreSQL (MVPD client secrets, legacy v1 private keys) with the shared-kernel's
 * {@link AesGcmSealer} (AES-256-GCM, {@code v1:} format, a row/column context such as
 * {@code mvpd/Sandbox/client_secret} as associated data). The key comes from {@code tvegate.registration.secrets-key}
 * (Base64 of 32 bytes); without it a random key is generated and a warning says that sealed secrets will not survive
 * a restart.
 */
@Singleton
@Startup
public class SecretSealer {

    static final String PREFIX = AesGcmSealer.PREFIX;
    private static final String KEY_NAME = "tvegate.registration.secrets-key";
    private static final Logger LOG = Logger.getLogger(SecretSealer.class);

    private final AesGcmSealer sealer;

    @Inject
    public SecretSealer(CatalogueConfig config) {
        this(AesGcmSealer.configuredOrRandomKey(config.secretsKey(), KEY_NAME,
                "MVPD client secrets and legacy private keys", LOG::warn));
    }

    SecretSealer(byte[] rawKey) {
        this.sealer = new AesGcmSealer(rawKey);
    }

    /** @return the sealed form of {@code plaintext}, or null for null */
    public String seal(String plaintext, String context) {
        return sealer.seal(plaintext, context);
    }

    /**
     * @return the plaintext, or null for null
     * @throws SealedSecretException if the value is not in a known format or does not open with this key and context
     */
    public String open(String sealed, String context) {
        try {
            return sealer.open(sealed, context);
        } catch (dev.tvegate.kernel.crypto.SealedSecretException e) {
            throw new SealedSecretException(e.getMessage() + " [" + KEY_NAME + "]");
        }
    }

    /** A stored secret that cannot be opened: a configuration error (wrong key), never a client mistake. */
    public static final class SealedSecretException extends dev.tvegate.kernel.crypto.SealedSecretException {
        SealedSecretException(String message) {
            super(message);
        }
    }
}
