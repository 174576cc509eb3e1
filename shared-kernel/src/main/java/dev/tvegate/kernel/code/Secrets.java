package dev.tvegate.kernel.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Small cryptographic helpers for secrets that never reach a human: opaque tokens, hashed storage keys and
 * constant-time comparison of client secrets and signatures.
 */
public final class Secrets {

    /** Smallest accepted token size: 128 bits, the floor for unguessable bearer values (ASVS 11.5.1). */
    public static final int MIN_TOKEN_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private Secrets() {
    }

    /**
     * @param bytes number of random bytes, at least {@value #MIN_TOKEN_BYTES}
     * @return URL-safe Base64 (no padding) of {@code bytes} bytes from a {@link SecureRandom}
     */
    public static String randomToken(int bytes) {
        if (bytes < MIN_TOKEN_BYTES) {
            throw new IllegalArgumentException("a token needs at least " + MIN_TOKEN_BYTES + " bytes: " + bytes);
        }
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    /** @return lower-case hex SHA-256 of the UTF-8 bytes of {@code value} */
    public static String sha256Hex(String value) {
        return HEX.formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return the SHA-256 digest of {@code bytes} */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Compares two strings without leaking where they differ through timing ({@link MessageDigest#isEqual}). The
     * length may still leak, which is acceptable for fixed-length secrets.
     *
     * @return false if either is null
     */
    public static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a random (version 4) UUID string */
    public static String newUuid() {
        return UUID.randomUUID().toString();
    }
}
