package dev.tvegate.kernel.mediatoken;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One verification key with its pinned algorithm, as published in a JWKS ({@code kty} RSA or EC/P-256).
 *
 * @param kid the key id the token header must name
 * @param algorithm the only algorithm accepted with this key
 * @param publicKey the key
 */
public record MediaTokenKey(String kid, MediaTokenAlgorithm algorithm, PublicKey publicKey) {

    public MediaTokenKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!algorithm.fits(publicKey)) {
            throw new IllegalArgumentException("key " + kid + " does not fit " + algorithm
                    + " (RS256 needs RSA >= 2048 bits, ES256 an EC P-256 key)");
        }
    }

    /** @return the public JWK ({@code kty, use: sig, alg, kid} and the key's numbers) */
    public ObjectNode toJwk() {
        ObjectNode jwk = MediaTokenFormat.JSON.createObjectNode();
        if (publicKey instanceof RSAPublicKey rsa) {
            jwk.put("kty", "RSA");
            jwk.put("n", unsigned(rsa.getModulus(), 0));
            jwk.put("e", unsigned(rsa.getPublicExponent(), 0));
        } else if (publicKey instanceof ECPublicKey ec) {
            jwk.put("kty", "EC");
            jwk.put("crv", "P-256");
            jwk.put("x", unsigned(ec.getW().getAffineX(), 32));
            jwk.put("y", unsigned(ec.getW().getAffineY(), 32));
        }
        jwk.put("use", "sig");
        jwk.put("alg", algorithm.name());
        jwk.put("kid", kid);
        return jwk;
    }

    /**
     * Reads one JWK. The algorithm comes from the JWK's {@code alg}, or from its key type when absent (RSA → RS256,
     * EC P-256 → ES256).
     *
     * @throws IllegalArgumentException for keys that cannot verify media tokens (symmetric, other curves, short RSA,
     *         {@code use} other than sig, {@code alg} not accepted)
     */
    public static MediaTokenKey fromJwk(JsonNode jwk) {
        String kid = text(jwk, "kid");
        String kty = text(jwk, "kty");
        String use = text(jwk, "use");
        if (kid == null || kty == null) {
            throw new IllegalArgumentException("a JWK needs kid and kty");
        }
        if (use != null && !"sig".equals(use)) {
            throw new IllegalArgumentException("JWK " + kid + " is not a signature key");
        }
        String alg = text(jwk, "alg");
        try {
            return switch (kty) {
                case "RSA" -> new MediaTokenKey(kid, pinned(alg, MediaTokenAlgorithm.RS256, kid),
                        KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(number(jwk, "n"),
                                number(jwk, "e"))));
                case "EC" -> {
                    if (!"P-256".equals(text(jwk, "crv"))) {
                        throw new IllegalArgumentException("JWK " + kid + ": only the P-256 curve is accepted");
                    }
                    AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
                    params.init(new ECGenParameterSpec("secp256r1"));
                    ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
                    ECPoint w = new ECPoint(number(jwk, "x"), number(jwk, "y"));
                    yield new MediaTokenKey(kid, pinned(alg, MediaTokenAlgorithm.ES256, kid),
                            KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec)));
                }
                default -> throw new IllegalArgumentException("JWK " + kid + ": key type " + kty + " not accepted");
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("JWK " + kid + " is not a valid public key: " + e.getMessage(), e);
        }
    }

    private static MediaTokenAlgorithm pinned(String alg, MediaTokenAlgorithm byType, String kid) {
        if (alg == null) {
            return byType;
        }
        MediaTokenAlgorithm a = MediaTokenAlgorithm.fromJws(alg)
                .orElseThrow(() -> new IllegalArgumentException("JWK " + kid + ": alg " + alg + " not accepted"));
        if (a != byType) {
            throw new IllegalArgumentException("JWK " + kid + ": alg " + alg + " does not match its key type");
        }
        return a;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node == null ? null : node.get(name);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static BigInteger number(JsonNode jwk, String name) {
        String v = text(jwk, name);
        if (v == null) {
            throw new IllegalArgumentException("JWK member " + name + " missing");
        }
        return new BigInteger(1, Base64.getUrlDecoder().decode(v));
    }

    private static String unsigned(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (length > bytes.length) {
            byte[] padded = new byte[length];
            System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
            bytes = padded;
        }
        return MediaTokenFormat.b64url(bytes);
    }
}
