package dev.tvegate.testsupport;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * registration-service's access-token signing key in tests: an RSA key pair generated once per JVM, whose public half
 * {@link #jwks()} publishes (what {@code GET /.well-known/jwks.json} answers) and whose private half
 * {@link AccessTokens} signs with.
 */
public final class TestKeys {

    /** The {@code iss} of registration's access tokens in tests. */
    public static final String ISSUER = "http://registration.test";
    public static final String KID = "test-key-1";
    /** Where registration-service publishes {@link #jwks()}. */
    public static final String JWKS_PATH = "/.well-known/jwks.json";

    private static final KeyPair KEYS = generate();

    private TestKeys() {
    }

    /** @return the key that signs test access tokens */
    public static PrivateKey privateKey() {
        return KEYS.getPrivate();
    }

    /** @return the JWKS JSON of the public half ({@code kid} {@value #KID}, RS256) */
    public static String jwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KID + "\",\"n\":\""
                + base64Url(key.getModulus()) + "\",\"e\":\"" + base64Url(key.getPublicExponent()) + "\"}]}";
    }

    /** @return the unsigned big-endian bytes of {@code value}, base64url without padding (JWK style) */
    public static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
