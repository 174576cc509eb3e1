package dev.tvegate.kernel.device;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of the {@code X-Device-Info} JSON object and the closed value sets of its restricted keys (spec §3.2).
 */
public final class DeviceInfoKeys {

    public static final String PRIMARY_HARDWARE_TYPE = "primaryHardwareType";
    public static final String MODEL = "model";
    public static final String VERSION = "version";
    public static final String MANUFACTURER = "manufacturer";
    public static final String VENDOR = "vendor";
    public static final String OS_NAME = "osName";
    public static final String OS_FAMILY = "osFamily";
    public static final String OS_VENDOR = "osVendor";
    public static final String OS_VERSION = "osVersion";
    public static final String BROWSER_NAME = "browserName";
    public static final String BROWSER_VENDOR = "browserVendor";
    public static final String BROWSER_VERSION = "browserVersion";
    public static final String USER_AGENT = "userAgent";
    public static final String DISPLAY_WIDTH = "displayWidth";
    public static final String DISPLAY_HEIGHT = "displayHeight";
    public static final String DISPLAY_PPI = "displayPpi";
    public static final String DIAGONAL_SCREEN_SIZE = "diagonalScreenSize";
    public static final String CONNECTION_IP = "connectionIp";
    public static final String CONNECTION_PORT = "connectionPort";
    public static final String CONNECTION_TYPE = "connectionType";
    public static final String CONNECTION_SECURE = "connectionSecure";
    public static final String APPLICATION_ID = "applicationId";

    /** Every key the spec documents, in the spec's order. */
    public static final List<String> ALL = List.of(PRIMARY_HARDWARE_TYPE, MODEL, VERSION, MANUFACTURER, VENDOR,
            OS_NAME, OS_FAMILY, OS_VENDOR, OS_VERSION, BROWSER_NAME, BROWSER_VENDOR, BROWSER_VERSION, USER_AGENT,
            DISPLAY_WIDTH, DISPLAY_HEIGHT, DISPLAY_PPI, DIAGONAL_SCREEN_SIZE, CONNECTION_IP, CONNECTION_PORT,
            CONNECTION_TYPE, CONNECTION_SECURE, APPLICATION_ID);

    /** The restricted keys and their allowed values, spelt as in the spec. */
    public static final Map<String, List<String>> RESTRICTED_VALUES = Map.of(
            PRIMARY_HARDWARE_TYPE,
            List.of("Camera", "DataCollectionTerminal", "Desktop", "EmbeddedNetworkModule", "eReader", "GamesConsole",
                    "GeolocationTracker", "Glasses", "MediaPlayer", "MobilePhone", "PaymentTerminal", "PluginModem",
                    "SetTopBox", "TV", "Tablet", "WirelessHotspot", "Wristwatch", "Unknown"),
            OS_NAME,
            List.of("Android", "Chrome OS", "Linux", "Mac OS", "OS X", "OpenBSD", "Roku OS", "Windows", "iOS", "tvOS",
                    "webOS"),
            OS_FAMILY,
            List.of("Android", "BSD", "Linux", "PlayStation OS", "Roku OS", "Symbian", "Tizen", "Windows", "iOS",
                    "tvOS", "macOS", "webOS"),
            OS_VENDOR,
            List.of("Amazon", "Apple", "Google", "LG", "Microsoft", "Mozilla", "Nintendo", "Nokia", "Roku", "Samsung",
                    "Sony", "Tizen Project"),
            BROWSER_NAME,
            List.of("Android Browser", "Chrome", "Edge", "Firefox", "Internet Explorer", "Opera", "Safari",
                    "SeaMonkey", "Symbian Browser"),
            BROWSER_VENDOR,
            List.of("Amazon", "Apple", "Google", "Microsoft", "Motorola", "Mozilla", "Netscape", "Nintendo", "Nokia",
                    "Samsung", "Sony Ericsson"),
            CONNECTION_SECURE, List.of("true", "false"));

    private DeviceInfoKeys() {
    }

    /**
     * Matches a value of a restricted key case-insensitively and returns the spec's spelling.
     *
     * @return the canonical value; empty if the value is not allowed; the value itself if the key is not restricted
     */
    public static Optional<String> canonicalValue(String key, String value) {
        List<String> allowed = RESTRICTED_VALUES.get(key);
        if (allowed == null) {
            return Optional.of(value);
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return allowed.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
