package dev.tvegate.drm.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.UUID;

import dev.tvegate.kernel.mediatoken.MediaTokenAlgorithm;
import dev.tvegate.kernel.mediatoken.MediaTokenClaims;
import dev.tvegate.kernel.mediatoken.MediaTokenKey;
import dev.tvegate.kernel.mediatoken.MediaTokenKeySet;
import dev.tvegate.kernel.mediatoken.MediaTokenSigner;

/**
 * Media tokens as authz-service signs them (ES256, shared-kernel's signer), with the key whose public half
 * {@link Remotes} publishes at {@value #JWKS_PATH}; a second key that nobody publishes forges tokens.
 */
public final class MediaTokens {

    public static final String JWKS_PATH = "/.well-known/media-token-jwks.json";
    private static final KeyPair KEYS = generate();
    private static final MediaTokenSigner SIGNER = new MediaTokenSigner("authz-test-1", MediaTokenAlgorithm.ES256,
            KEYS.getPrivate());
    private static final MediaTokenSigner FORGER = new MediaTokenSigner("authz-test-1", MediaTokenAlgorithm.ES256,
            generate().getPrivate());

    private MediaTokens() {
    }

    /** @return a serialized media token for {@code resource}, issued to {@code requestor}, valid for 7 minutes */
    public static String issue(String requestor, String resource) {
        return sign(SIGNER, requestor, resource, 0, 420);
    }

    /** @return a media token that expired {@code secondsAgo} seconds ago */
    public static String expired(String requestor, String resource, long secondsAgo) {
        return sign(SIGNER, requestor, resource, -420 - secondsAgo, 420);
    }

    /** @return a well-formed token signed with a key authz never published */
    public static String forged(String requestor, String resource) {
        return sign(FORGER, requestor, resource, 0, 420);
    }

    static String jwks() {
        return MediaTokenKeySet.toJwksJson(
                List.of(new MediaTokenKey("authz-test-1", MediaTokenAlgorithm.ES256, KEYS.getPublic())));
    }

    private static String sign(MediaTokenSigner signer, String requestor, String resource, long offsetSeconds,
            long lifetimeSeconds) {
        long iat = System.currentTimeMillis() / 1000 + offsetSeconds;
        return signer.sign(new MediaTokenClaims("http://authz.test", requestor, resource, "Sandbox", null,
                "sid-" + UUID.randomUUID(), UUID.randomUUID().toString(), iat, iat, iat + lifetimeSeconds));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
