package dev.tvegate.authn.adapter.in.rest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tvegate.authn.domain.model.TempPassIdentity;

/**
 * Decodes the identity of promotional TempPass as clients send it:
 * <ul>
 * <li>v2 {@code AP-TempPass-Identity}: {@code Base64(JSON object)} (spec §3.2, e.g. {@code eyJlbWFpbCI6ImZvb0BiYXIuY29tIn0=}
 * for {@code {"email":"foo@bar.com"}}), standard or URL-safe alphabet, padded or not; or a bare hash;</li>
 * <li>v1 {@code generic_data}: additionally a JSON object as it is, or the spec's sample syntax
 * {@code ("email":"email@domain.com")}.</li>
 * </ul>
 * The domain ({@code TempPassIdentities}) then picks the configured member and hashes anything that is not already a
 * hash. Nothing here is logged: identities may be personal data.
 */
public final class TempPassIdentityParser {

    /** The v2 header. */
    public static final String HEADER = "AP-TempPass-Identity";
    private static final int MAX_CHARS = 8192;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private TempPassIdentityParser() {
    }

    /** @return the identity of an {@code AP-TempPass-Identity} header value */
    public static TempPassIdentity header(String value) {
        if (value == null || value.isBlank()) {
            return TempPassIdentity.absent();
        }
        String v = value.strip();
        if (v.length() > MAX_CHARS) {
            return TempPassIdentity.malformed("The identity is longer than " + MAX_CHARS + " characters.");
        }
        byte[] decoded = base64(v);
        if (decoded != null) {
            Map<String, String> claims = object(utf8(decoded));
            if (claims != null) {
                return claims.isEmpty() ? TempPassIdentity.malformed("The identity JSON object is empty.")
                        : TempPassIdentity.ofClaims(claims);
            }
        }
        return TempPassIdentity.ofBare(v);
    }

    /** @return the identity of a v1 {@code generic_data} value */
    public static TempPassIdentity genericData(String value) {
        if (value == null || value.isBlank()) {
            return TempPassIdentity.absent();
        }
        String v = value.strip();
        if (v.length() > MAX_CHARS) {
            return TempPassIdentity.malformed("generic_data is longer than " + MAX_CHARS + " characters.");
        }
        if (v.startsWith("(") && v.endsWith(")")) {
            v = "{" + v.substring(1, v.length() - 1) + "}";
        }
        if (v.startsWith("{")) {
            Map<String, String> claims = object(v);
            return claims == null || claims.isEmpty()
                    ? TempPassIdentity.malformed("generic_data is not a JSON object of string members.")
                    : TempPassIdentity.ofClaims(claims);
        }
        return header(v);
    }

    private static byte[] base64(String v) {
        try {
            return v.indexOf('-') >= 0 || v.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(v)
                    : Base64.getDecoder().decode(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** @return the object's scalar members as text; null when {@code json} is not a JSON object */
    private static Map<String, String> object(String json) {
        if (json == null || !json.strip().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                return null;
            }
            Map<String, String> claims = new LinkedHashMap<>();
            node.properties().forEach(e -> {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    claims.put(e.getKey(), e.getValue().asText());
                }
            });
            return claims;
        } catch (Exception e) {
            return null;
        }
    }
}
