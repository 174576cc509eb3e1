package dev.tvegate.kernel.device;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;

/**
 * The {@code AP-Device-Identifier} header of spec §3.2: {@code <type> <identifier>}, where the only type is
 * {@code fingerprint} and the identifier is the standard Base64 of the device id, e.g.
 * {@code fingerprint YmEyM2QxNDEtZDcxNS01NjFjLTk0ZjQtZTllNGM5NjZiMWVi} for
 * {@code ba23d141-d715-561c-94f4-e9e4c966b1eb}. Profiles are bound to this id, so it must be stable.
 * <p>
 * Parsing accepts the type in any case (normalised to lower case) and Base64 with or without padding. It refuses
 * anything else with {@link ErrorCode#INVALID_HEADER_DEVICE_IDENTIFIER}: a missing value, another type, URL-safe or
 * otherwise non-standard Base64, bytes that are not UTF-8, an empty id, an id over {@value #MAX_DEVICE_ID_BYTES}
 * bytes, or control characters in the id.
 *
 * @param type always {@value #FINGERPRINT}
 * @param encoded the Base64 identifier as received
 * @param deviceId the decoded device id
 */
public record DeviceIdentifier(String type, String encoded, String deviceId) {

    /** The only identifier type of the spec. */
    public static final String FINGERPRINT = "fingerprint";
    /** Upper bound on the decoded device id, in UTF-8 bytes. */
    public static final int MAX_DEVICE_ID_BYTES = 512;

    private static final Pattern STANDARD_BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public DeviceIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(deviceId, "deviceId");
    }

    /** @return the identifier of a device id, encoded the way clients do (padded standard Base64) */
    public static DeviceIdentifier fingerprint(String deviceId) {
        byte[] bytes = Objects.requireNonNull(deviceId, "deviceId").getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX_DEVICE_ID_BYTES) {
            throw new IllegalArgumentException("deviceId must hold 1 to " + MAX_DEVICE_ID_BYTES + " UTF-8 bytes");
        }
        return new DeviceIdentifier(FINGERPRINT, Base64.getEncoder().encodeToString(bytes), deviceId);
    }

    /**
     * Parses the header value.
     *
     * @throws EnhancedErrorException {@link ErrorCode#INVALID_HEADER_DEVICE_IDENTIFIER} with details saying what is
     *         wrong
     */
    public static DeviceIdentifier parse(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            throw invalid("The AP-Device-Identifier header is missing or empty.");
        }
        String[] parts = WHITESPACE.split(headerValue.trim());
        if (parts.length != 2) {
            throw invalid("The AP-Device-Identifier header must have the form '<type> <identifier>'.");
        }
        String type = parts[0].toLowerCase(Locale.ROOT);
        if (!FINGERPRINT.equals(type)) {
            throw invalid("Unsupported AP-Device-Identifier type '" + parts[0] + "'; the only type is 'fingerprint'.");
        }
        String encoded = parts[1];
        return new DeviceIdentifier(FINGERPRINT, encoded, decode(encoded));
    }

    /** @return the header value, {@code <type> <identifier>} */
    public String headerValue() {
        return type + " " + encoded;
    }

    private static String decode(String encoded) {
        if (!STANDARD_BASE64.matcher(encoded).matches()) {
            throw invalid("The AP-Device-Identifier identifier is not standard Base64.");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw invalid("The AP-Device-Identifier identifier is not valid Base64.");
        }
        if (bytes.length == 0) {
            throw invalid("The AP-Device-Identifier identifier decodes to an empty device id.");
        }
        if (bytes.length > MAX_DEVICE_ID_BYTES) {
            throw invalid("The AP-Device-Identifier device id is longer than " + MAX_DEVICE_ID_BYTES + " bytes.");
        }
        String deviceId = strictUtf8(bytes);
        if (deviceId.chars().anyMatch(Character::isISOControl)) {
            throw invalid("The AP-Device-Identifier device id contains control characters.");
        }
        return deviceId;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw invalid("The AP-Device-Identifier device id is not valid UTF-8.");
        }
    }

    private static EnhancedErrorException invalid(String details) {
        return new EnhancedErrorException(ErrorCode.INVALID_HEADER_DEVICE_IDENTIFIER, details);
    }
}
