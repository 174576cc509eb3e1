package dev.tvegate.registration.adapter.out.security;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;

/** Builds the reusable jose4j consumers that verify what this service signed. */
final class RingJwtConsumers {

    /** Tolerated clock difference between replicas and verifiers. */
    static final int CLOCK_SKEW_SECONDS = 30;

    private RingJwtConsumers() {
    }

    /**
     * @param type the required {@code typ} header
     * @param requireExpiry whether {@code exp} must be present (access tokens) or not (software statements)
     */
    static JwtConsumer build(RsaKeyRing ring, String issuer, String type, boolean requireExpiry) {
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                // The key comes from the ring, selected by kid: never from jku/x5u/jwk headers of the token.
                .setVerificationKeyResolver((jws, nestingContext) -> ring.publicKey(jws.getKeyIdHeaderValue())
                        .orElseThrow(() -> new UnresolvableKeyException("unknown kid")))
                .setExpectedIssuer(issuer)
                .setExpectedType(true, type)
                .setRequireSubject()
                .setRequireIssuedAt()
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .setSkipDefaultAudienceValidation();
        if (requireExpiry) {
            builder.setRequireExpirationTime();
        }
        return builder.build();
    }

    /** @return a short, secret-free reason for a debug log line */
    static String reason(Exception e) {
        if (e instanceof InvalidJwtException invalid && !invalid.getErrorDetails().isEmpty()) {
            return invalid.getErrorDetails().get(0).getErrorMessage();
        }
        return e.getClass().getSimpleName();
    }
}
