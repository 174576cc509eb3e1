package dev.tvegate.drm.domain.service;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;

/** Opens {@code ek} with {@code kek}: the RFC 3394 AES key wrap ExpressPlay's key storage uses. */
public final class ContentKeyUnwrap {

    private ContentKeyUnwrap() {
    }

    /**
     * @return the 16-byte content key
     * @throws TokenRequestException {@code -6005} if {@code ek} does not unwrap under {@code kek} (integrity check)
     */
    public static byte[] unwrap(byte[] kek, byte[] encryptedKey) {
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.UNWRAP_MODE, new SecretKeySpec(kek, "AES"));
            byte[] key = cipher.unwrap(encryptedKey, "AES", Cipher.SECRET_KEY).getEncoded();
            if (key.length != 16) {
                throw new TokenRequestException(TokenErrorCode.KEY_DATA_INVALID, "the unwrapped key is not 16 bytes");
            }
            return key;
        } catch (InvalidKeyException e) {
            throw new TokenRequestException(TokenErrorCode.KEY_DATA_INVALID, "ek does not unwrap with kek");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TokenRequestException(TokenErrorCode.KEY_DATA_INVALID, "ek does not unwrap with kek");
        }
    }

    /** @return {@code key} wrapped under {@code kek} (for tests and the admin tooling) */
    public static byte[] wrap(byte[] kek, byte[] key) {
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.WRAP_MODE, new SecretKeySpec(kek, "AES"));
            return cipher.wrap(new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot wrap: " + e.getMessage());
        }
    }
}
