package dev.tvegate.kernel.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.tvegate.kernel.device.DeviceInfoKeys.*;

/**
 * The device description a client sends in {@code X-Device-Info} (v2) or {@code device_info} / {@code X-Device-Info}
 * (v1): {@code Base64(JSON object)} with the keys of spec §3.2.
 * <p>
 * {@link #parse(String, DeviceInfoRules)} accepts:
 * <ul>
 * <li>standard or URL-safe Base64, padded or not;</li>
 * <li>the same, URL-encoded (the legacy page asks for "Base64 encoded and URL encoded"): a value containing
 * {@code %} is percent-decoded first, a literal {@code +} staying a Base64 character;</li>
 * <li>string, number and boolean JSON values, all stored as strings; JSON null means "absent".</li>
 * </ul>
 * It refuses, with {@link dev.tvegate.kernel.error.ErrorCode#INVALID_HEADER_DEVICE_INFO} and details naming the
 * problem: a missing value, invalid Base64 or URL encoding, more than 8 KiB once decoded, invalid or non-object JSON,
 * duplicate keys, nested objects or arrays, and a value outside the closed set of a restricted key. Restricted
 * values are matched case-insensitively and stored with the spec's spelling. Unknown keys are kept (they travel with
 * the session) but ignored. Which keys are required is discussed in {@link DeviceInfoRules}.
 *
 * @param values the key/value pairs in the order received; unmodifiable
 */
public record DeviceInfo(Map<String, String> values) {

    /** Largest accepted decoded JSON, in bytes. */
    public static final int MAX_DECODED_BYTES = DeviceInfoCodec.MAX_DECODED_BYTES;

    private static final DeviceInfo EMPTY = new DeviceInfo(Map.of());
    /** {@code major[.minor[.patch]][separator profile]}, e.g. {@code 4.2.1-beta}. */
    private static final Pattern VERSION_PATTERN = Pattern
            .compile("(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(.*)");

    public DeviceInfo {
        Objects.requireNonNull(values, "values");
        values.forEach((key, value) -> {
            Objects.requireNonNull(key, "device info key");
            Objects.requireNonNull(value, () -> "device info value of " + key);
        });
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return a device info with no values (e.g. a browser that sent no header) */
    public static DeviceInfo empty() {
        return EMPTY;
    }

    /**
     * Parses a header or parameter value.
     *
     * @throws dev.tvegate.kernel.error.EnhancedErrorException {@code invalid_header_device_info}
     */
    public static DeviceInfo parse(String headerValue, DeviceInfoRules rules) {
        return new DeviceInfo(DeviceInfoCodec.decode(headerValue, Objects.requireNonNull(rules, "rules")));
    }

    /** @return the value of a key, if present */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @return whether no value is present */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Merges a value the backend extracted itself (user agent, client IP…) under the explicit ones: the explicit
     * value wins (spec §3.2). A null value changes nothing.
     *
     * @return this device info with {@code key} set to {@code value} if it was absent
     */
    public DeviceInfo withDefault(String key, String value) {
        if (value == null || values.containsKey(key)) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.put(key, value);
        return new DeviceInfo(merged);
    }

    /** @return standard padded Base64 of the JSON object, the form clients send and v1 regcode records store */
    public String toBase64Json() {
        return DeviceInfoCodec.encode(values);
    }

    /**
     * Builds the {@code device} object of the session info response (spec §4.4): {@code type, model,
     * version{major,minor,patch,profile}, hardware{…}, operatingSystem{…}, browser{…}, display{…}, applicationId,
     * connection{ipAddress,port,secure,type}}. Unknown values are null, except {@code version}, which the spec sample
     * shows as {@code {"major":0,"minor":0,"patch":0,"profile":""}} when unknown. {@code display.width},
     * {@code height} and {@code ppi} are integers (null if not numeric); {@code connection.secure} is a boolean;
     * {@code connection.port} stays a string as in the sample.
     *
     * @return insertion-ordered maps (nulls allowed), ready for JSON serialisation
     */
    public Map<String, Object> toSessionDeviceView() {
        Map<String, Object> device = new LinkedHashMap<>();
        device.put("type", primaryHardwareType());
        device.put("model", model());
        device.put("version", versionView(version()));
        device.put("hardware", ordered("name", model(), "vendor", vendor(), "version", version(), "manufacturer",
                manufacturer()));
        device.put("operatingSystem", ordered("name", osName(), "family", osFamily(), "vendor", osVendor(),
                "version", osVersion()));
        device.put("browser", ordered("name", browserName(), "vendor", browserVendor(), "version", browserVersion(),
                "userAgent", userAgent(), "originalUserAgent", userAgent()));
        device.put("display", ordered("width", integerOrNull(displayWidth()), "height",
                integerOrNull(displayHeight()), "ppi", integerOrNull(displayPpi()), "name", null, "vendor", null,
                "version", null, "diagonalSize", diagonalScreenSize()));
        device.put("applicationId", applicationId());
        device.put("connection", ordered("ipAddress", connectionIp(), "port", connectionPort(), "secure",
                connectionSecure() == null ? null : Boolean.valueOf(connectionSecure()), "type", connectionType()));
        return Collections.unmodifiableMap(device);
    }

    public String primaryHardwareType() {
        return values.get(PRIMARY_HARDWARE_TYPE);
    }

    public String model() {
        return values.get(MODEL);
    }

    public String version() {
        return values.get(VERSION);
    }

    public String manufacturer() {
        return values.get(MANUFACTURER);
    }

    public String vendor() {
        return values.get(VENDOR);
    }

    public String osName() {
        return values.get(OS_NAME);
    }

    public String osFamily() {
        return values.get(OS_FAMILY);
    }

    public String osVendor() {
        return values.get(OS_VENDOR);
    }

    public String osVersion() {
        return values.get(OS_VERSION);
    }

    public String browserName() {
        return values.get(BROWSER_NAME);
    }

    public String browserVendor() {
        return values.get(BROWSER_VENDOR);
    }

    public String browserVersion() {
        return values.get(BROWSER_VERSION);
    }

    public String userAgent() {
        return values.get(USER_AGENT);
    }

    public String displayWidth() {
        return values.get(DISPLAY_WIDTH);
    }

    public String displayHeight() {
        return values.get(DISPLAY_HEIGHT);
    }

    public String displayPpi() {
        return values.get(DISPLAY_PPI);
    }

    public String diagonalScreenSize() {
        return values.get(DIAGONAL_SCREEN_SIZE);
    }

    public String connectionIp() {
        return values.get(CONNECTION_IP);
    }

    public String connectionPort() {
        return values.get(CONNECTION_PORT);
    }

    public String connectionType() {
        return values.get(CONNECTION_TYPE);
    }

    /** @return {@code "true"}, {@code "false"} or null */
    public String connectionSecure() {
        return values.get(CONNECTION_SECURE);
    }

    public String applicationId() {
        return values.get(APPLICATION_ID);
    }

    private static Map<String, Object> versionView(String version) {
        int major = 0;
        int minor = 0;
        int patch = 0;
        String profile = version == null ? "" : version.trim();
        Matcher m = VERSION_PATTERN.matcher(profile);
        if (m.matches()) {
            major = Integer.parseInt(m.group(1));
            minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            profile = stripLeadingSeparators(m.group(4));
        }
        return ordered("major", major, "minor", minor, "patch", patch, "profile", profile);
    }

    private static String stripLeadingSeparators(String rest) {
        int i = 0;
        while (i < rest.length() && "-+._ ".indexOf(rest.charAt(i)) >= 0) {
            i++;
        }
        return rest.substring(i);
    }

    private static Integer integerOrNull(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @param keysAndValues alternating String keys and values (values may be null) */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
