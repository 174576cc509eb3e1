package dev.tvegate.authn.adapter.out.oidc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/** Test MVPD keys and ID tokens signed with them. */
public final class IdTokens {

    private IdTokens() {
    }

    public static RsaJsonWebKey rsaKey(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            key.setUse("sig");
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EllipticCurveJsonWebKey ecKey(String kid) {
        try {
            EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            key.setKeyId(kid);
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the public JWKS document of {@code keys} */
    public static String jwks(PublicJsonWebKey... keys) {
        StringBuilder json = new StringBuilder("{\"keys\":[");
        for (int i = 0; i < keys.length; i++) {
            json.append(i == 0 ? "" : ",").append(keys[i].toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
        }
        return json.append("]}").toString();
    }

    /** @return standard claims of a fresh ID token (iat now, exp in 5 minutes) */
    public static Map<String, Object> claims(String issuer, String audience, String nonce, String subject) {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("aud", audience);
        claims.put("iat", now);
        claims.put("exp", now + 300);
        claims.put("nonce", nonce);
        claims.put("householdID", "hh-1");
        claims.put("zip", "10001");
        claims.put("entitlements", List.of("REF30", "CNN"));
        return claims;
    }

    /** @return a compact JWS of {@code claims} signed with {@code key} under {@code kid} */
    public static String sign(Map<String, Object> claims, PublicJsonWebKey key, String kid) {
        JwtClaims jwt = new JwtClaims();
        claims.forEach(jwt::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(kid);
        jws.setAlgorithmHeaderValue(key instanceof RsaJsonWebKey ? AlgorithmIdentifiers.RSA_USING_SHA256
                : AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(Map<String, Object> claims, PublicJsonWebKey key) {
        return sign(claims, key, key.getKeyId());
    }
}
