package dev.tvegate.kernel.mediatoken;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The wire format: a JWS in compact serialization with header {@code {"alg","kid","typ":"media+jwt"}} and the
 * claims of {@link MediaTokenClaims}; what clients receive as {@code serializedToken} is the <b>standard</b> Base64
 * of the compact JWS's ASCII bytes (spec §4.7: "Base64 media token").
 */
public final class MediaTokenFormat {

    /** The JWS header {@code typ} of media tokens (RFC 8725 §3.11 explicit typing). */
    public static final String TYPE = "media+jwt";
    /** Longest serialized token accepted before any parsing. */
    public static final int MAX_SERIALIZED_CHARS = 16_384;

    static final ObjectMapper JSON = new ObjectMapper();

    private MediaTokenFormat() {
    }

    static String header(MediaTokenAlgorithm alg, String kid) {
        ObjectNode h = JSON.createObjectNode();
        h.put("alg", alg.name());
        h.put("kid", kid);
        h.put("typ", TYPE);
        return h.toString();
    }

    static String payload(MediaTokenClaims c) {
        ObjectNode p = JSON.createObjectNode();
        if (c.issuer() != null) {
            p.put("iss", c.issuer());
        }
        p.put("requestor", c.requestor());
        p.put("resource", c.resource());
        p.put("mvpd", c.mvpd());
        if (c.proxyMvpd() != null) {
            p.put("pmvpd", c.proxyMvpd());
        }
        p.put("sid", c.sessionGuid());
        p.put("jti", c.tokenId());
        p.put("iat", c.issuedAt());
        p.put("nbf", c.notBefore());
        p.put("exp", c.expiresAt());
        return p.toString();
    }

    /** @return the claims of a payload, or null when a required claim is missing or of the wrong type */
    static MediaTokenClaims claims(JsonNode p) {
        if (p == null || !p.isObject()) {
            return null;
        }
        String requestor = text(p, "requestor");
        String resource = text(p, "resource");
        String mvpd = text(p, "mvpd");
        String sid = text(p, "sid");
        String jti = text(p, "jti");
        if (requestor == null || resource == null || mvpd == null || sid == null || jti == null
                || !p.path("iat").isIntegralNumber() || !p.path("nbf").isIntegralNumber()
                || !p.path("exp").isIntegralNumber()) {
            return null;
        }
        long nbf = p.get("nbf").asLong();
        long exp = p.get("exp").asLong();
        if (exp <= nbf) {
            return null;
        }
        return new MediaTokenClaims(text(p, "iss"), requestor, resource, mvpd, text(p, "pmvpd"), sid, jti,
                p.get("iat").asLong(), nbf, exp);
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    static String b64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String b64url(String s) {
        return b64url(s.getBytes(StandardCharsets.UTF_8));
    }
}
