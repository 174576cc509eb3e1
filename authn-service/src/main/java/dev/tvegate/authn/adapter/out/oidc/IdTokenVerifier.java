package dev.tvegate.authn.adapter.out.oidc;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

import dev.tvegate.kernel.code.Secrets;

/**
 * ID token validation, OpenID Connect Core 1.0 §3.1.3.7, for the two signature algorithms TVE Gate accepts: RS256
 * (the OIDC default) and ES256. {@code none}, HMAC (which would make the client secret a verification key) and
 * encrypted ID tokens are refused. Stateless and thread-safe; key look-up is the caller's ({@link JwksCache}).
 * <p>
 * Checks: signature by a key of the MVPD's JWKS; {@code iss} equals the discovered issuer; {@code aud} contains the
 * client id, and {@code azp} (required with several audiences) equals it; {@code exp} in the future and {@code iat}
 * not in the future, both with {@value #CLOCK_SKEW_SECONDS} s of clock skew; {@code sub} present; {@code nonce} equals
 * the one bound to the login (constant-time); {@code at_hash}, when present, matches the access token.
 */
final class IdTokenVerifier {

    /** Allowed difference between the MVPD's clock and ours. */
    static final int CLOCK_SKEW_SECONDS = 60;

    static final Set<String> ALGORITHMS = Set.of(AlgorithmIdentifiers.RSA_USING_SHA256,
            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);

    /** Claims the protocol uses; they never become profile attributes. */
    static final Set<String> PROTOCOL_CLAIMS = Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "auth_time",
            "nonce", "at_hash", "c_hash", "s_hash", "azp", "acr", "amr", "sid", "typ");

    /** Why an ID token was refused (for the log; the user sees one message for all of them). */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param issuer the discovered issuer
     * @param clientId TVE Gate's client id at the MVPD
     * @param nonce the nonce bound to the login
     * @param accessToken the access token issued with the ID token (for {@code at_hash}), may be null
     */
    record Expectations(String issuer, String clientId, String nonce, String accessToken) {
        @Override
        public String toString() {
            return "Expectations[issuer=" + issuer + ", clientId=" + clientId + "]";
        }
    }

    private IdTokenVerifier() {
    }

    /** @return the JWS of a compact ID token whose algorithm is acceptable; nothing verified yet */
    static JsonWebSignature parse(String idToken) throws Invalid {
        JsonWebStructure structure;
        try {
            structure = JsonWebStructure.fromCompactSerialization(idToken);
        } catch (JoseException | RuntimeException e) {
            throw new Invalid("not a compact JWS");
        }
        if (!(structure instanceof JsonWebSignature jws)) {
            throw new Invalid("encrypted ID tokens are not supported");
        }
        String alg = jws.getAlgorithmHeaderValue();
        if (alg == null || !ALGORITHMS.contains(alg)) {
            throw new Invalid("alg " + (alg == null ? "missing" : shorten(alg)) + " is not RS256 or ES256");
        }
        return jws;
    }

    /**
     * Picks the verification key: same {@code kid} (when the token names one), a key type and curve matching the
     * algorithm, for signatures. Without a {@code kid}, only an unambiguous key is taken.
     *
     * @return the key, or empty when the set has none (the caller may refetch the set once)
     */
    static Optional<Key> select(JsonWebSignature jws, List<JsonWebKey> keys) {
        String alg = jws.getAlgorithmHeaderValue();
        String kid = jws.getKeyIdHeaderValue();
        boolean rsa = alg.startsWith("RS");
        List<JsonWebKey> candidates = keys.stream()
                .filter(k -> k instanceof PublicJsonWebKey)
                .filter(k -> rsa ? k instanceof RsaJsonWebKey
                        : k instanceof EllipticCurveJsonWebKey ec
                                && EllipticCurves.P_256.equals(ec.getCurveName()))
                .filter(k -> k.getUse() == null || "sig".equals(k.getUse()))
                .filter(k -> k.getAlgorithm() == null || alg.equals(k.getAlgorithm()))
                .filter(k -> kid == null || kid.equals(k.getKeyId()))
                .toList();
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(((PublicJsonWebKey) candidates.get(0)).getPublicKey());
    }

    /** @return the ID token's claims once every check passed */
    static Map<String, Object> verify(String idToken, Key key, Expectations expected, long nowMillis)
            throws Invalid {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        ALGORITHMS.toArray(String[]::new))
                .setExpectedIssuer(true, expected.issuer())
                .setExpectedAudience(true, expected.clientId())
                .setRequireSubject()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setEvaluationTime(NumericDate.fromMilliseconds(nowMillis))
                .build();
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(idToken);
        } catch (InvalidJwtException e) {
            throw new Invalid(describe(e));
        }
        try {
            if (claims.getIssuedAt().getValueInMillis() > nowMillis + CLOCK_SKEW_SECONDS * 1000L) {
                throw new Invalid("iat is in the future");
            }
            if (claims.getSubject().isBlank()) {
                throw new Invalid("sub is blank");
            }
            List<String> audiences = claims.getAudience();
            String azp = claims.getStringClaimValue("azp");
            if (azp != null && !azp.equals(expected.clientId())) {
                throw new Invalid("azp is another client");
            }
            if (audiences.size() > 1 && azp == null) {
                throw new Invalid("several audiences and no azp");
            }
            String nonce = claims.getStringClaimValue("nonce");
            if (!Secrets.constantTimeEquals(nonce, expected.nonce())) {
                throw new Invalid(nonce == null ? "nonce missing" : "nonce does not match the login");
            }
            String atHash = claims.getStringClaimValue("at_hash");
            if (atHash != null && expected.accessToken() != null
                    && !Secrets.constantTimeEquals(atHash, leftHalfSha256(expected.accessToken()))) {
                throw new Invalid("at_hash does not match the access token");
            }
        } catch (MalformedClaimException e) {
            throw new Invalid("a claim has the wrong type: " + shorten(e.getMessage()));
        }
        return claims.getClaimsMap();
    }

    /** @return the claims that become profile attributes: everything but the protocol's own */
    static Map<String, Object> attributes(Map<String, Object> claims) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (!PROTOCOL_CLAIMS.contains(name) && value != null) {
                out.put(name, value);
            }
        });
        return out;
    }

    /** OpenID Connect Core §3.1.3.6 for RS256/ES256: base64url of the left half of SHA-256 of the ASCII value. */
    static String leftHalfSha256(String value) {
        byte[] digest = Secrets.sha256(value.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
    }

    private static String describe(InvalidJwtException e) {
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return "signature does not verify";
        }
        if (e.hasExpired()) {
            return "expired";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "iss is not the discovered issuer";
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "aud does not contain the client id";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUED_AT_MISSING) || e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)
                || e.hasErrorCode(ErrorCodes.SUBJECT_MISSING)) {
            return "iat, exp or sub missing";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "not yet valid (nbf)";
        }
        return "invalid: " + e.getErrorDetails().stream().map(d -> Integer.toString(d.getErrorCode())).toList();
    }

    private static String shorten(String s) {
        String clean = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 80 ? clean : clean.substring(0, 80) + "…";
    }
}
