package dev.tvegate.kernel.mediatoken;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs media tokens (authz-service's side). Thread-safe: a {@link Signature} is created per call (cheap next to
 * the signature itself).
 */
public final class MediaTokenSigner {

    private final String kid;
    private final MediaTokenAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final String encodedHeader;

    public MediaTokenSigner(String kid, MediaTokenAlgorithm algorithm, PrivateKey privateKey) {
        this.kid = Objects.requireNonNull(kid, "kid");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        if (!algorithm.fits(privateKey)) {
            throw new IllegalArgumentException("the private key does not fit " + algorithm);
        }
        this.encodedHeader = MediaTokenFormat.b64url(MediaTokenFormat.header(algorithm, kid));
    }

    public String kid() {
        return kid;
    }

    public MediaTokenAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the compact JWS ({@code header.payload.signature}) */
    public String signCompact(MediaTokenClaims claims) {
        String signingInput = encodedHeader + "." + MediaTokenFormat.b64url(MediaTokenFormat.payload(claims));
        try {
            Signature s = Signature.getInstance(algorithm.jcaName());
            s.initSign(privateKey);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + MediaTokenFormat.b64url(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a media token with " + algorithm, e);
        }
    }

    /** @return the {@code serializedToken} clients receive: standard Base64 of the compact JWS */
    public String sign(MediaTokenClaims claims) {
        return Base64.getEncoder().encodeToString(signCompact(claims).getBytes(StandardCharsets.US_ASCII));
    }
}
