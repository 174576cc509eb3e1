package dev.tvegate.drm.adapter.out.local;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.drm.application.port.out.TokenSealPort;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.TokenRights;
import dev.tvegate.drm.domain.model.TokenSealingKey;

/**
 * The {@code local} ExpressPlayToken (spec §8.2's suggestion): a versioned binary envelope
 *
 * <pre>
 * 0      1     2     3     4 .. 11       12 .. 15   16 .. 27   28 ..
 * ver=1 | drm | env | 0  | customer id  | key id   | nonce    | AES-256-GCM(rights JSON) ‖ 128-bit tag
 * </pre>
 *
 * with bytes 0–27 authenticated as associated data, encoded as URL-safe base64 without padding. The rights — the
 * content key included — are encrypted, not just signed, because the token travels through players and logs.
 */
@ApplicationScoped
class AesGcmTokenSealAdapter implements TokenSealPort {

    static final byte VERSION = 1;
    static final int HEADER_BYTES = 28;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_TOKEN_CHARS = 8192;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Override
    public String seal(TokenRights rights, TokenSealingKey key) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(VERSION).put((byte) (rights.drm().ordinal() + 1))
                .put((byte) rights.environment().ordinal()).put((byte) 0).putLong(rights.customerId())
                .putInt(key.keyId()).put(nonce).array();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.secret(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(plaintext(rights)));
            return B64.encodeToString(ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot seal a token: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<SealedHeader> header(String token) {
        return decode(token).map(bytes -> {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            return new SealedHeader(b.getLong(4), b.getInt(12));
        });
    }

    @Override
    public Optional<TokenRights> open(String token, TokenSealingKey key) {
        Optional<byte[]> decoded = decode(token);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = decoded.get();
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int drmIndex = bytes[1] - 1;
        int envIndex = bytes[2];
        if (drmIndex < 0 || drmIndex >= DrmSystem.values().length || envIndex < 0
                || envIndex >= Environment.values().length || b.getInt(12) != key.keyId()
                || b.getLong(4) != key.customerId()) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.secret(), "AES"),
                    new GCMParameterSpec(TAG_BITS, bytes, 16, NONCE_BYTES));
            cipher.updateAAD(bytes, 0, HEADER_BYTES);
            byte[] plain = cipher.doFinal(bytes, HEADER_BYTES, bytes.length - HEADER_BYTES);
            Map<String, Object> json = JSON.readValue(plain, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            return Optional.of(rights(json, b.getLong(4), DrmSystem.values()[drmIndex], Environment.values()[envIndex]));
        } catch (AEADBadTagException e) {
            return Optional.empty(); // tampered, or sealed under another key
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            if (bytes.length < HEADER_BYTES + TAG_BITS / 8 || bytes[0] != VERSION) {
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> plaintext(TokenRights r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jti", r.tokenId());
        m.put("iat", r.issuedAt().getEpochSecond());
        m.put("exp", r.expiresAt().getEpochSecond());
        r.kid().ifPresent(v -> m.put("kid", v));
        m.put("cek", HEX.formatHex(r.contentKey()));
        r.cookie().ifPresent(v -> m.put("cookie", v));
        r.resourceId().ifPresent(v -> m.put("resource", v));
        r.mediaTokenId().ifPresent(v -> m.put("mt", v));
        m.put("policy", r.policy());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static TokenRights rights(Map<String, Object> m, long customerId, DrmSystem drm, Environment env) {
        return new TokenRights((String) m.get("jti"), customerId, drm, env,
                Instant.ofEpochSecond(((Number) m.get("iat")).longValue()),
                Instant.ofEpochSecond(((Number) m.get("exp")).longValue()), Optional.ofNullable((String) m.get("kid")),
                HEX.parseHex((String) m.get("cek")), Optional.ofNullable((String) m.get("cookie")),
                Optional.ofNullable((String) m.get("resource")), Optional.ofNullable((String) m.get("mt")),
                (Map<String, Object>) m.getOrDefault("policy", Map.of()));
    }
}
