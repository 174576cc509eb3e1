package dev.tvegate.kernel.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets stored in a database with AES-256-GCM.
 * <p>
 * Format: {@code v1:} + Base64(96-bit random nonce ‖ ciphertext ‖ 128-bit tag). The associated data is a context
 * string naming the row and column (e.g. {@code mvpd/Sandbox/client_secret}), so a sealed value copied to another row
 * does not open. Thread-safe; each call uses its own {@link Cipher}.
 */
public final class AesGcmSealer {

    /** The version prefix of every sealed value. */
    public static final String PREFIX = "v1:";
    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    /** @param rawKey the 32 key bytes (AES-256) */
    public AesGcmSealer(byte[] rawKey) {
        if (rawKey == null || rawKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the secrets key must be 32 bytes (AES-256), got "
                    + (rawKey == null ? "none" : rawKey.length));
        }
        this.key = new SecretKeySpec(rawKey, "AES");
    }

    /**
     * @param base64 the configured key, Base64 of 32 bytes
     * @param configKeyName the configuration key it came from, for the error message
     * @throws IllegalStateException if it is not Base64 of exactly 32 bytes
     */
    public static byte[] decodeKey(String base64, String configKeyName) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(configKeyName + " is not valid Base64");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException(configKeyName + " must decode to 32 bytes (AES-256), got " + raw.length);
        }
        return raw;
    }

    /**
     * The key of a service: the configured one, or (unset or blank) a random one, announced through {@code warning}
     * because secrets sealed with it will not open after a restart.
     *
     * @param configured the configured Base64 key, if any
     * @param configKeyName its configuration key
     * @param whatIsSealed what the service seals, for the warning ("MVPD client secrets and …")
     * @param warning receives the warning text when a random key is generated
     */
    public static byte[] configuredOrRandomKey(Optional<String> configured, String configKeyName, String whatIsSealed,
            Consumer<String> warning) {
        Optional<String> key = configured.filter(k -> !k.isBlank());
        if (key.isPresent()) {
            return decodeKey(key.get(), configKeyName);
        }
        warning.accept(configKeyName + " is not set: generated a random key for sealing secrets at rest. "
                + whatIsSealed + " stored now will NOT be readable after a restart."
                + " Set it (Base64 of 32 random bytes, e.g. `openssl rand -base64 32`) in any real deployment.");
        byte[] random = new byte[KEY_BYTES];
        RANDOM.nextBytes(random);
        return random;
    }

    /** @return the sealed form of the UTF-8 bytes of {@code plaintext}, or null for null */
    public String seal(String plaintext, String context) {
        return plaintext == null ? null : seal(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    /** @return the sealed form of {@code plaintext}, or null for null */
    public String seal(byte[] plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }

    /**
     * @return the plaintext as UTF-8 text, or null for null
     * @throws SealedSecretException if the value is not in a known format or does not open with this key and context
     */
    public String open(String sealed, String context) {
        byte[] plain = openBytes(sealed, context);
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }

    /**
     * @return the plaintext bytes, or null for null
     * @throws SealedSecretException if the value is not in a known format or does not open with this key and context
     */
    public byte[] openBytes(String sealed, String context) {
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
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (IllegalArgumentException | AEADBadTagException e) {
            throw new SealedSecretException("the sealed secret for " + context
                    + " does not open with the configured key (key changed or data altered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java platform", e);
        }
    }
}
