package dev.tvegate.kernel.legacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pre-DCR REST v1 signed {@code Authorization} header (spec §1.4), as sent by older clients:
 *
 * <pre>
 * &lt;METHOD&gt; requestor_id=&lt;id&gt;, nonce=&lt;uuid&gt;, signature_method=HMAC-SHA1, request_time=&lt;epoch ms&gt;,
 *     request_uri=&lt;path&gt;, public_key=&lt;pub&gt;, signature=&lt;b64(HMAC-SHA1(private_key, &lt;text before ", public_key"&gt;))&gt;
 * </pre>
 *
 * (on one line). The signature covers everything before {@code ", public_key"}. When parsed from a header, that raw
 * text is kept in {@link #rawSignedPortion()} so verification checks exactly the bytes the client signed;
 * {@link #signedPortion()} returns it, or the canonical reconstruction for an instance built by hand.
 *
 * @param method the HTTP method the client signed, upper case (e.g. {@code POST})
 * @param requestorId the requestor (service provider) id
 * @param nonce the client's nonce (a UUID in Adobe's clients; any token accepted)
 * @param signatureMethod the signature method; only {@code HMAC-SHA1} is supported
 * @param requestTimeMillis the client's clock, epoch milliseconds
 * @param requestUri the signed path, e.g. {@code /regcode}
 * @param publicKey the client's public key, identifying the private key
 * @param signature the Base64 HMAC
 * @param rawSignedPortion the exact header text before {@code ", public_key"}, or null if not parsed from a header
 */
public record LegacySignedRequest(String method, String requestorId, String nonce, String signatureMethod,
        long requestTimeMillis, String requestUri, String publicKey, String signature, String rawSignedPortion) {

    /** The only supported signature method. */
    public static final String HMAC_SHA1 = "HMAC-SHA1";

    private static final Pattern SCHEME = Pattern.compile("([A-Z]+) +(requestor_id=.*)", Pattern.DOTALL);
    private static final String PUBLIC_KEY_SEPARATOR = ", public_key=";
    private static final List<String> KEYS = List.of("requestor_id", "nonce", "signature_method", "request_time",
            "request_uri", "public_key", "signature");

    public LegacySignedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(requestorId, "requestorId");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(signatureMethod, "signatureMethod");
        Objects.requireNonNull(requestUri, "requestUri");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /** A request built by hand (no raw header text): the signature is checked against {@link #signedPortion()}. */
    public LegacySignedRequest(String method, String requestorId, String nonce, String signatureMethod,
            long requestTimeMillis, String requestUri, String publicKey, String signature) {
        this(method, requestorId, nonce, signatureMethod, requestTimeMillis, requestUri, publicKey, signature, null);
    }

    /**
     * Parses an {@code Authorization} header value.
     *
     * @return empty if the header is absent or uses another scheme (e.g. {@code Bearer …})
     * @throws IllegalArgumentException if the header starts like this scheme ({@code <METHOD> requestor_id=}) but is
     *         malformed
     */
    public static Optional<LegacySignedRequest> parse(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        Matcher m = SCHEME.matcher(authorizationHeader.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String method = m.group(1);
        String parameters = m.group(2);
        int publicKeyAt = parameters.indexOf(PUBLIC_KEY_SEPARATOR);
        if (publicKeyAt < 0) {
            throw malformed("missing public_key");
        }
        String header = m.group();
        String rawSigned = header.substring(0, header.length() - parameters.length() + publicKeyAt);
        Map<String, String> values = parameters(parameters);
        return Optional.of(new LegacySignedRequest(method, values.get("requestor_id"), values.get("nonce"),
                values.get("signature_method"), requestTime(values.get("request_time")), values.get("request_uri"),
                values.get("public_key"), values.get("signature"), rawSigned));
    }

    /**
     * @return the text the signature covers: the raw header text before {@code ", public_key"} when parsed, else
     *         {@code <METHOD> requestor_id=<id>, nonce=<nonce>, signature_method=<m>, request_time=<t>,
     *         request_uri=<uri>}
     */
    public String signedPortion() {
        return rawSignedPortion != null ? rawSignedPortion : canonicalSignedPortion();
    }

    /** @return the signed text rebuilt from the fields, in the order and spacing clients use */
    public String canonicalSignedPortion() {
        return canonicalSignedPortion(method, requestorId, nonce, signatureMethod, requestTimeMillis, requestUri);
    }

    /** @return the complete header value, {@link #signedPortion()} followed by public_key and signature */
    public String headerValue() {
        return signedPortion() + PUBLIC_KEY_SEPARATOR + publicKey + ", signature=" + signature;
    }

    static String canonicalSignedPortion(String method, String requestorId, String nonce, String signatureMethod,
            long requestTimeMillis, String requestUri) {
        return method + " requestor_id=" + requestorId + ", nonce=" + nonce + ", signature_method=" + signatureMethod
                + ", request_time=" + requestTimeMillis + ", request_uri=" + requestUri;
    }

    private static Map<String, String> parameters(String parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : parameters.split(",")) {
            String trimmed = pair.strip();
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw malformed("expected name=value but found '" + trimmed + "'");
            }
            String name = trimmed.substring(0, eq);
            String value = trimmed.substring(eq + 1).strip();
            if (!KEYS.contains(name)) {
                throw malformed("unknown parameter '" + name + "'");
            }
            if (value.isEmpty()) {
                throw malformed("empty " + name);
            }
            if (values.put(name, value) != null) {
                throw malformed("duplicate " + name);
            }
        }
        for (String key : KEYS) {
            if (!values.containsKey(key)) {
                throw malformed("missing " + key);
            }
        }
        return values;
    }

    private static long requestTime(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw malformed("request_time must be epoch milliseconds but was '" + value + "'");
        }
    }

    private static IllegalArgumentException malformed(String problem) {
        return new IllegalArgumentException("Malformed signed Authorization header: " + problem);
    }
}
