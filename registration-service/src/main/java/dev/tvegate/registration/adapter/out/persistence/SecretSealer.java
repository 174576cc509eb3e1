package dev.tvegate.registration.adapter.out.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.tvegate.registration.config.CatalogueConfig;
import io.quarkus.runtime.Startup;

/**
 * Seals secrets stored in PostgreSQL (MVPD client secrets, legacy v1 private keys) with AES-256-GCM.
 * <p>
 * Format: {@code v1:} + Base64(96-bit random nonce ‖ ciphertext ‖ 128-bit tag). The associated data is a context
 * string naming the row and column (e.g. {@code mvpd/Sandbox/client_secret}), so a sealed value copied to another row
 * does not open. The key comes from {@code tvegate.registration.secrets-key} (Base64 of 32 bytes); without it a random
 * key is generated and a warning says that sealed secrets will not survive a restart.
 */
@Singleton
@Startup
public class SecretSealer {

    static final String PREFIX = "v1:";
    private static final Logger LOG = Logger.getLogger(SecretSealer.class);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Inject
    public SecretSealer(CatalogueConfig config) {
        this(config.secretsKey().filter(k -> !k.isBlank()).map(SecretSealer::decodeKey).orElseGet(() -> {
            LOG.warn("tvegate.registration.secrets-key is not set: generated a random key for sealing secrets at rest."
                    + " MVPD client secrets and legacy private keys stored now will NOT be readable after a restart."
                    + " Set it (Base64 of 32 random bytes, e.g. `openssl rand -base64 32`) in any real deployment.");
            byte[] random = new byte[KEY_BYTES];
            RANDOM.nextBytes(random);
            return random;
        }));
    }

    SecretSealer(byte[] rawKey) {
        if (rawKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secrets key must be 32 bytes (AES-256), got " + rawKey.length);
        }
        this.key = new SecretKeySpec(rawKey, "AES");
    }

    private static byte[] decodeKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tvegate.registration.secrets-key is not valid Base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "tvegate.registration.secrets-key must decode to 32 bytes (AES-256), got " + raw.length);
        }
        return raw;
    }

    /** @return the sealed form of {@code plaintext}, or null for null */
    public String seal(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    /**
     * @return the plaintext, or null for null
     * @throws SealedSecretException if the value is not in a known format or does not open with this key and context
     */
    public String open(String sealed, String context) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new SealedSecretException("unknown sealed-secret format for " + context);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new SealedSecretException("truncated sealed secret for " + context);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | javax.crypto.AEADBadTagException e) {
            throw new SealedSecretException("the sealed secret for " + context
                    + " does not open with the configured tvegate.registration.secrets-key (key changed or data altered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    /** A stored secret that cannot be opened: a configuration error (wrong key), never a client mistake. */
    public static final class SealedSecretException extends RuntimeException {
        SealedSecretException(String message) {
            super(message);
        }
    }
}
