package dev.tvegate.kernel.mediatoken;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Verifies media tokens offline, for a programmer's CDN, DRM license server or player back end — the counterpart of
 * Adobe's {@code ITokenVerifier}. Standalone: plain JDK + Jackson, no Quarkus.
 *
 * <pre>{@code
 * MediaTokenVerifier verifier = MediaTokenVerifier.fromJwksUrl(
 *         URI.create("https://tve.example.com/.well-known/media-token-jwks.json")).forRequestor("REF30");
 * MediaTokenVerification v = verifier.verify(serializedToken, "REF30");
 * if (v.status() == MediaTokenStatus.VALID_TOKEN) { … v.userSessionGuid(), v.mvpdId() … }
 * }</pre>
 *
 * Checks, in order: size and Base64 → compact JWS with header {@code typ: media+jwt} and a {@code kid}
 * ({@link MediaTokenStatus#INVALID_TOKEN_FORMAT}); a known {@code kid}, the header {@code alg} equal to the algorithm
 * pinned for that key (never taken from the token: {@code none}, {@code HS256}, RS/ES confusion are refused) and the
 * signature ({@link MediaTokenStatus#INVALID_SIGNATURE}); the required claims (format); {@code nbf}/{@code exp} with
 * the clock skew ({@link MediaTokenStatus#TOKEN_EXPIRED}); the resource, and the requestor when bound
 * ({@link MediaTokenStatus#INVALID_RESOURCE_ID}). Unreachable keys give {@link MediaTokenStatus#ERROR_UNKNOWN}.
 * Thread-safe and immutable.
 */
public final class MediaTokenVerifier {

    private static final Duration DEFAULT_SKEW = Duration.ofSeconds(30);

    private final MediaTokenKeySet keys;
    private final String requestor;
    private final long skewSeconds;
    private final Clock clock;

    private MediaTokenVerifier(MediaTokenKeySet keys, String requestor, long skewSeconds, Clock clock) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.requestor = requestor;
        this.skewSeconds = skewSeconds;
        this.clock = clock;
    }

    /** Keys from a JWKS URL (refreshed every 10 min, and on an unknown kid at most every 30 s). */
    public static MediaTokenVerifier fromJwksUrl(URI jwksUrl) {
        return new MediaTokenVerifier(MediaTokenKeySet.fromUrl(jwksUrl), null, DEFAULT_SKEW.toSeconds(),
                Clock.systemUTC());
    }

    /** Keys from a JWKS document ({@code {"keys":[…]}}) held by the caller. */
    public static MediaTokenVerifier fromJwksJson(String jwksJson) {
        return fromKeySet(MediaTokenKeySet.fromJwksJson(jwksJson));
    }

    /** One public key; the algorithm follows the key type (RSA → RS256, EC P-256 → ES256). */
    public static MediaTokenVerifier fromPublicKey(String kid, PublicKey key) {
        MediaTokenAlgorithm alg = key instanceof ECPublicKey ? MediaTokenAlgorithm.ES256 : MediaTokenAlgorithm.RS256;
        return fromKeySet(MediaTokenKeySet.of(List.of(new MediaTokenKey(kid, alg, key))));
    }

    public static MediaTokenVerifier fromKeySet(MediaTokenKeySet keySet) {
        return new MediaTokenVerifier(keySet, null, DEFAULT_SKEW.toSeconds(), Clock.systemUTC());
    }

    /** @return a verifier that also requires the token's requestor to be {@code requestorId} (Adobe's factory arg) */
    public MediaTokenVerifier forRequestor(String requestorId) {
        return new MediaTokenVerifier(keys, requestorId, skewSeconds, clock);
    }

    /** @return a verifier tolerating this clock difference on {@code nbf}/{@code exp} (default 30 s) */
    public MediaTokenVerifier withClockSkew(Duration skew) {
        return new MediaTokenVerifier(keys, requestor, skew.toSeconds(), clock);
    }

    public MediaTokenVerifier withClock(Clock newClock) {
        return new MediaTokenVerifier(keys, requestor, skewSeconds, newClock);
    }

    /** @return the verdict for playing {@code resourceId} with {@code serializedToken} */
    public MediaTokenStatus isValid(String serializedToken, String resourceId) {
        return verify(serializedToken, resourceId).status();
    }

    /** @return the verdict with the token's claims (when its signature could be checked) */
    public MediaTokenVerification verify(String serializedToken, String resourceId) {
        try {
            return doVerify(serializedToken, resourceId, true);
        } catch (RuntimeException e) {
            return new MediaTokenVerification(MediaTokenStatus.ERROR_UNKNOWN, null);
        }
    }

    /**
     * {@link #verify} for callers that must not block (an event loop): the verdict, or empty when it would first have
     * to read the JWKS URL (first use, refresh due, unknown {@code kid}) — then call {@link #verify} where blocking is
     * allowed. Pure CPU otherwise (one signature check).
     */
    public Optional<MediaTokenVerification> verifyWithoutFetching(String serializedToken, String resourceId) {
        try {
            return Optional.of(doVerify(serializedToken, resourceId, false));
        } catch (KeysNotCached e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new MediaTokenVerification(MediaTokenStatus.ERROR_UNKNOWN, null));
        }
    }

    /** Thrown inside a non-fetching verification when the key set would have to be read first. */
    private static final class KeysNotCached extends RuntimeException {
        static final KeysNotCached INSTANCE = new KeysNotCached();

        private KeysNotCached() {
            super(null, null, false, false);
        }
    }

    private MediaTokenVerification doVerify(String serializedToken, String resourceId, boolean mayFetch) {
        if (serializedToken == null || serializedToken.isEmpty()
                || serializedToken.length() > MediaTokenFormat.MAX_SERIALIZED_CHARS) {
            return status(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        }
        String compact;
        try {
            compact = new String(Base64.getDecoder().decode(serializedToken.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return status(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        }
        int dot1 = compact.indexOf('.');
        int dot2 = dot1 < 0 ? -1 : compact.indexOf('.', dot1 + 1);
        if (dot1 <= 0 || dot2 <= dot1 + 1 || dot2 == compact.length() - 1 || compact.indexOf('.', dot2 + 1) >= 0) {
            return status(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        }
        JsonNode header;
        JsonNode payload;
        byte[] signature;
        try {
            header = MediaTokenFormat.JSON.readTree(Base64.getUrlDecoder().decode(compact.substring(0, dot1)));
            payload = MediaTokenFormat.JSON.readTree(Base64.getUrlDecoder().decode(compact.substring(dot1 + 1, dot2)));
            signature = Base64.getUrlDecoder().decode(compact.substring(dot2 + 1));
        } catch (Exception e) {
            return status(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        }
        if (header == null || !header.isObject() || !MediaTokenFormat.TYPE.equals(header.path("typ").asText(null))
                || !header.path("kid").isTextual() || !header.path("alg").isTextual() || header.has("crit")) {
            return status(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        }
        String kid = header.get("kid").asText();
        if (!mayFetch && keys.needsFetch(kid)) {
            throw KeysNotCached.INSTANCE;
        }
        Optional<MediaTokenKey> key = keys.find(kid);
        if (key.isEmpty() || !key.get().algorithm().name().equals(header.get("alg").asText())) {
            return status(MediaTokenStatus.INVALID_SIGNATURE);
        }
        if (!signatureValid(key.get(), compact.substring(0, dot2), signature)) {
            return status(MediaTokenStatus.INVALID_SIGNATURE);
        }
        MediaTokenClaims claims = MediaTokenFormat.claims(payload);
        if (claims == null) {
            return status(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        }
        long now = clock.millis() / 1000;
        if (now >= claims.expiresAt() + skewSeconds || now < claims.notBefore() - skewSeconds) {
            return new MediaTokenVerification(MediaTokenStatus.TOKEN_EXPIRED, claims);
        }
        if (resourceId == null || !resourceId.equals(claims.resource())
                || (requestor != null && !requestor.equals(claims.requestor()))) {
            return new MediaTokenVerification(MediaTokenStatus.INVALID_RESOURCE_ID, claims);
        }
        return new MediaTokenVerification(MediaTokenStatus.VALID_TOKEN, claims);
    }

    private static boolean signatureValid(MediaTokenKey key, String signingInput, byte[] signature) {
        if (key.algorithm() == MediaTokenAlgorithm.ES256 && signature.length != 64) {
            return false;
        }
        try {
            Signature s = Signature.getInstance(key.algorithm().jcaName());
            s.initVerify(key.publicKey());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return s.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static MediaTokenVerification status(MediaTokenStatus s) {
        return new MediaTokenVerification(s, null);
    }
}
