package dev.tvegate.kernel.mediatoken;

import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Optional;

/**
 * The JWS algorithms a media token may be signed with. The verifier pins the algorithm per key (from the JWK's
 * {@code alg}, or the key type) and never takes it from the token: {@code none}, {@code HS*} and any other value are
 * refused (RFC 8725 §3.1).
 */
public enum MediaTokenAlgorithm {
    /** RSASSA-PKCS1-v1_5 with SHA-256 (Adobe's "SHA256WithRSA"); RSA keys of at least 2048 bits. */
    RS256("SHA256withRSA"),
    /** ECDSA P-256 with SHA-256; the JWS signature is R‖S (IEEE P1363), 64 bytes. */
    ES256("SHA256withECDSAinP1363Format");

    private final String jcaName;

    MediaTokenAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** @return the {@link java.security.Signature} algorithm name */
    public String jcaName() {
        return jcaName;
    }

    /** @return the algorithm for a JWS {@code alg} value, empty for anything not accepted (none, HS256, PS256…) */
    public static Optional<MediaTokenAlgorithm> fromJws(String alg) {
        for (MediaTokenAlgorithm a : values()) {
            if (a.name().equals(alg)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** @return whether a key of this type and size may be used with this algorithm */
    public boolean fits(Key key) {
        return switch (this) {
            case RS256 -> key instanceof RSAKey r && r.getModulus().bitLength() >= 2048;
            case ES256 -> key instanceof ECKey e && e.getParams().getCurve().getField().getFieldSize() == 256;
        };
    }
}
