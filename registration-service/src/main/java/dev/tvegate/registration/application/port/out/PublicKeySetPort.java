package dev.tvegate.registration.application.port.out;

import java.util.List;

/** The public halves of the signing keys, as published in the JWKS (RFC 7517) for every verifier of the suite. */
public interface PublicKeySetPort {

    /** @return every published key; the current signing key among them */
    List<PublishedKey> publishedKeys();

    /**
     * One RSA public key.
     *
     * @param kid key id (JWS header {@code kid})
     * @param algorithm JWS algorithm, {@code RS256}
     * @param modulus Base64url (no padding) of the unsigned big-endian modulus ({@code n})
     * @param exponent Base64url (no padding) of the public exponent ({@code e})
     */
    record PublishedKey(String kid, String algorithm, String modulus, String exponent) {
    }
}
