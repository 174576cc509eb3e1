package dev.tvegate.kernel.legacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.tvegate.kernel.code.Secrets;

/**
 * Creates and checks pre-DCR REST v1 request signatures (spec §1.4, see {@link LegacySignedRequest}):
 * {@code Base64(HMAC-SHA1(UTF-8(private_key), UTF-8(signed portion)))}.
 * <p>
 * Verification checks the signature method, then the request time against a clock-skew window (a common client
 * mistake is sending seconds instead of milliseconds, which lands far outside any window), then the HMAC in constant
 * time. Remembering nonces to refuse replays within the window is the calling service's job.
 */
public final class LegacyRequestSigner {

    /** The result of {@link #verify}. */
    public enum Verification {
        VALID,
        BAD_SIGNATURE,
        REQUEST_TIME_OUT_OF_WINDOW,
        UNSUPPORTED_SIGNATURE_METHOD
    }

    private static final String HMAC_ALGORITHM = "HmacSHA1";

    private LegacyRequestSigner() {
    }

    /**
     * Builds a signed header value, as a legacy client would (used by tests and the reference client).
     *
     * @param method the HTTP method, e.g. {@code POST}
     * @param requestUri the signed path, e.g. {@code /regcode}
     * @param nowMillis the request time, epoch milliseconds
     * @return {@code <METHOD> requestor_id=…, nonce=<random UUID>, …, public_key=…, signature=…}
     */
    public static String authorizationHeader(String method, String requestorId, String requestUri, String publicKey,
            String privateKey, long nowMillis) {
        String signed = LegacySignedRequest.canonicalSignedPortion(method, requestorId, UUID.randomUUID().toString(),
                LegacySignedRequest.HMAC_SHA1, nowMillis, requestUri);
        return signed + ", public_key=" + publicKey + ", signature=" + sign(privateKey, signed);
    }

    /** @return {@code Base64(HMAC-SHA1(privateKey, text))} */
    public static String sign(String privateKey, String text) {
        Objects.requireNonNull(privateKey, "privateKey");
        try {
            Mac mac = Mac.getInstance(HMAC_ALGORITHM);
            mac.init(new SecretKeySpec(privateKey.getBytes(StandardCharsets.UTF_8), HMAC_ALGORITHM));
            return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 is unavailable", e);
        }
    }

    /**
     * Verifies a parsed request against the private key registered for its public key.
     *
     * @param maxSkew how far {@code request_time} may be from {@code nowMillis}, in either direction
     */
    public static Verification verify(LegacySignedRequest r, String privateKey, long nowMillis, Duration maxSkew) {
        Objects.requireNonNull(r, "request");
        Objects.requireNonNull(maxSkew, "maxSkew");
        if (!LegacySignedRequest.HMAC_SHA1.equalsIgnoreCase(r.signatureMethod())) {
            return Verification.UNSUPPORTED_SIGNATURE_METHOD;
        }
        if (Math.abs((double) nowMillis - r.requestTimeMillis()) > maxSkew.toMillis()) {
            return Verification.REQUEST_TIME_OUT_OF_WINDOW;
        }
        if (privateKey == null || privateKey.isEmpty()) {
            return Verification.BAD_SIGNATURE;
        }
        String expected = sign(privateKey, r.signedPortion());
        return Secrets.constantTimeEquals(expected, r.signature()) ? Verification.VALID : Verification.BAD_SIGNATURE;
    }
}
