package dev.tvegate.sandbox.adapter.out.jose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

import dev.tvegate.sandbox.application.port.out.TokenSignerPort;

/**
 * Signs with one RSA key (RS256). The key is read from a PKCS#8 PEM file when one is configured, otherwise generated
 * (2048 bits) at start-up, in which case tokens signed before a restart no longer verify. The {@code kid} is the
 * RFC 7638 thumbprint of the public key, so it stays the same for the same key file.
 */
public final class Jose4jTokenSignerAdapter implements TokenSignerPort {

    private static final int MIN_KEY_BITS = 2048;

    private final RsaJsonWebKey key;
    private final String issuer;
    private final JwtConsumer ownTokens;

    private Jose4jTokenSignerAdapter(RsaJsonWebKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
        this.ownTokens = new JwtConsumerBuilder()
                .setVerificationKey(key.getPublicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setSkipAllValidators()
                .build();
    }

    /**
     * @param issuer the issuer tokens must carry to be read back
     * @param keyFile a PKCS#8 PEM RSA private key, or empty to generate one
     */
    public static Jose4jTokenSignerAdapter create(String issuer, Optional<Path> keyFile) {
        try {
            RsaJsonWebKey jwk = keyFile.isPresent() ? fromPem(keyFile.get()) : RsaJwkGenerator.generateJwk(MIN_KEY_BITS);
            jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint(HashUtil.SHA_256));
            jwk.setUse("sig");
            jwk.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return new Jose4jTokenSignerAdapter(jwk, issuer);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot create the signing key", e);
        }
    }

    /** @return the key id */
    public String keyId() {
        return key.getKeyId();
    }

    @Override
    public String sign(Map<String, Object> claims) {
        JwtClaims jwtClaims = new JwtClaims();
        claims.forEach(jwtClaims::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwtClaims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    @Override
    public Optional<Map<String, Object>> readOwnToken(String compactJws) {
        try {
            JwtClaims claims = ownTokens.processToClaims(compactJws);
            return issuer.equals(claims.getClaimValue("iss")) ? Optional.of(claims.getClaimsMap()) : Optional.empty();
        } catch (InvalidJwtException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Map<String, Object>> publicJwks() {
        return List.of(key.toParams(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
    }

    private static RsaJsonWebKey fromPem(Path file) {
        String pem;
        try {
            pem = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException("key file " + file + " is not a PKCS#8 PEM private key (-----BEGIN "
                    + "PRIVATE KEY-----); convert with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out key.pem");
        }
        String base64 = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27)
                .replaceAll("-----END PRIVATE KEY-----[\\s\\S]*", "")
                .replaceAll("\\s", "");
        RSAPrivateCrtKey privateKey;
        RSAPublicKey publicKey;
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            PrivateKey parsed = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(parsed instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("key file " + file + " holds no RSA private key with CRT values");
            }
            privateKey = crt;
            publicKey = (RSAPublicKey) factory
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("key file " + file + " is not a valid PKCS#8 RSA private key", e);
        }
        if (privateKey.getModulus().bitLength() < MIN_KEY_BITS) {
            throw new IllegalArgumentException("key file " + file + ": RSA keys need at least " + MIN_KEY_BITS + " bits");
        }
        RsaJsonWebKey jwk = new RsaJsonWebKey(publicKey);
        jwk.setPrivateKey(privateKey);
        return jwk;
    }
}
