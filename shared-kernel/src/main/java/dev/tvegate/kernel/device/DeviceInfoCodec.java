package dev.tvegate.kernel.device;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;

/** Decodes and encodes the {@code Base64(JSON)} form of {@link DeviceInfo}; see its class comment for the rules. */
final class DeviceInfoCodec {

    static final int MAX_DECODED_BYTES = 8 * 1024;
    /** Base64 of 8 KiB, percent-encoded in the worst case: anything longer cannot be valid. */
    private static final int MAX_HEADER_CHARS = 3 * 4 * ((MAX_DECODED_BYTES + 2) / 3);

    private static final Pattern STANDARD_BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final Pattern URL_SAFE_BASE64 = Pattern.compile("[A-Za-z0-9_-]*={0,2}");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DeviceInfoCodec() {
    }

    static Map<String, String> decode(String headerValue, DeviceInfoRules rules) {
        if (headerValue == null || headerValue.isBlank()) {
            throw invalid("The device information is missing or empty.");
        }
        String value = headerValue.trim();
        if (value.length() > MAX_HEADER_CHARS) {
            throw invalid("The device information is larger than " + MAX_DECODED_BYTES + " bytes.");
        }
        if (value.indexOf('%') >= 0) {
            value = percentDecode(value);
        }
        byte[] json = base64Decode(value);
        if (json.length > MAX_DECODED_BYTES) {
            throw invalid("The device information is larger than " + MAX_DECODED_BYTES + " bytes.");
        }
        Map<String, String> values = readObject(json);
        validate(values, rules);
        return values;
    }

    static String encode(Map<String, String> values) {
        try {
            return Base64.getEncoder().encodeToString(MAPPER.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode device information", e);
        }
    }

    /** Percent-decoding only: a literal {@code +} is a Base64 character here, not a space. */
    private static String percentDecode(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("The device information has an invalid URL encoding.");
        }
    }

    private static byte[] base64Decode(String value) {
        Base64.Decoder decoder;
        if (STANDARD_BASE64.matcher(value).matches()) {
            decoder = Base64.getDecoder();
        } else if (URL_SAFE_BASE64.matcher(value).matches()) {
            decoder = Base64.getUrlDecoder();
        } else {
            throw invalid("The device information is not Base64.");
        }
        try {
            return decoder.decode(value);
        } catch (IllegalArgumentException e) {
            throw invalid("The device information is not valid Base64.");
        }
    }

    private static Map<String, String> readObject(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw invalid("The device information is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw invalid("The device information must be a JSON object.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String text = scalarText(field.getKey(), field.getValue());
            if (text != null) {
                values.put(field.getKey(), text);
            }
        }
        return values;
    }

    private static String scalarText(String key, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw invalid("The device information key '" + key + "' must be a string, a number or a boolean.");
    }

    private static void validate(Map<String, String> values, DeviceInfoRules rules) {
        for (String required : rules.requiredKeys()) {
            if (!values.containsKey(required)) {
                throw invalid("The device information key '" + required + "' is required.");
            }
        }
        for (String key : DeviceInfoKeys.RESTRICTED_VALUES.keySet()) {
            String value = values.get(key);
            if (value != null) {
                String canonical = DeviceInfoKeys.canonicalValue(key, value).orElseThrow(
                        () -> invalid("The device information key '" + key + "' has an unsupported value '"
                                + value + "'."));
                values.put(key, canonical);
            }
        }
    }

    static EnhancedErrorException invalid(String details) {
        return new EnhancedErrorException(ErrorCode.INVALID_HEADER_DEVICE_INFO, details);
    }
}
