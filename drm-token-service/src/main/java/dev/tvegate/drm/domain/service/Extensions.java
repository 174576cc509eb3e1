package dev.tvegate.drm.domain.service;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * License extensions: a 4-character type (whose bytes form a 32-bit id) and a base64 payload. FairPlay and Widevine
 * send them as a repeatable {@code <type>,<payload>} ({@code fpExtension=wudo,AAAAAA==}); PlayReady as the pair
 * {@code extensionType} / {@code extensionPayload}. In the policy each is a map with the keys {@value #TYPE} and
 * {@value #PAYLOAD}.
 */
final class Extensions {

    private static final String TYPE = "type";
    private static final String PAYLOAD = "payload";
    /** The most {@code <type>,<payload>} values one request may repeat. */
    private static final int MAX_REPEATED = 16;

    private Extensions() {
    }

    /**
     * Puts the repeatable {@code name} into {@code policy} as a list of type/payload maps, if it was sent.
     *
     * @param malformed the DRM's code for a value without a comma or more than {@value #MAX_REPEATED} values
     */
    static void putRepeatedIfSent(TokenParameters parameters, Map<String, Object> policy, String name,
            TokenErrorCode malformed) {
        List<String> values = parameters.all(name);
        if (!values.isEmpty()) {
            policy.put(name, repeated(values, name, malformed));
        }
    }

    /**
     * The type's 4 characters must be visible ASCII: 4 bytes, and no space that would be invisible in logs.
     *
     * @param values the values of the repeatable parameter {@code name}, in order
     * @param malformed the DRM's code for a value without a comma or more than {@value #MAX_REPEATED} values
     * @return one type/payload map per value; the type is what precedes the first comma
     */
    private static List<Map<String, String>> repeated(List<String> values, String name, TokenErrorCode malformed) {
        if (values.size() > MAX_REPEATED) {
            throw new TokenRequestException(malformed, "at most " + MAX_REPEATED + " " + name + " values");
        }
        List<Map<String, String>> extensions = new ArrayList<>(values.size());
        for (String value : values) {
            int comma = value.indexOf(',');
            if (comma < 0) {
                throw new TokenRequestException(malformed, name + " must be <type>,<payload>");
            }
            extensions.add(pair(value.substring(0, comma), value.substring(comma + 1), AsciiText.VISIBLE));
        }
        return List.copyOf(extensions);
    }

    /**
     * @param typeCharacters which characters the type may use
     * @throws TokenRequestException -2036 unless the type is 4 such characters, -2037 unless the payload is
     *         non-empty standard base64 (padding optional)
     */
    static Map<String, String> pair(String type, String payload, IntPredicate typeCharacters) {
        if (type.length() != 4 || !AsciiText.all(type, typeCharacters)) {
            throw new TokenRequestException(TokenErrorCode.EXTENSION_TYPE_INVALID);
        }
        if (payload.isEmpty() || !isBase64(payload)) {
            throw new TokenRequestException(TokenErrorCode.EXTENSION_PAYLOAD_INVALID);
        }
        Map<String, String> extension = new LinkedHashMap<>(); // a stable order for whatever serialises the policy
        extension.put(TYPE, type);
        extension.put(PAYLOAD, payload);
        return Collections.unmodifiableMap(extension);
    }

    private static boolean isBase64(String payload) {
        try {
            Base64.getDecoder().decode(payload);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
