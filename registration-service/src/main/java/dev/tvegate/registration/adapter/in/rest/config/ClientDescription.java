package dev.tvegate.registration.adapter.in.rest.config;

import java.util.Locale;

import dev.tvegate.kernel.device.DeviceInfo;

/**
 * The {@code device}, {@code clientType} and {@code os} fields of the v2 configuration (spec §4.1), derived from
 * {@code X-Device-Info} (and the {@code User-Agent} when the header is absent, as browsers may omit it).
 *
 * @param device {@code primaryHardwareType} lower-cased, or {@code unknown}
 * @param clientType {@code ios}, {@code tvos}, {@code android}, {@code fireos}, {@code roku}, {@code html5} or
 *        {@code unknown}
 * @param os {@code osName}, or {@code Unknown}
 */
record ClientDescription(String device, String clientType, String os) {

    static ClientDescription of(DeviceInfo info, String userAgent) {
        String device = info.primaryHardwareType() == null ? "unknown"
                : info.primaryHardwareType().toLowerCase(Locale.ROOT);
        String os = info.osName() == null ? "Unknown" : info.osName();
        return new ClientDescription(device, clientType(info, userAgent), os);
    }

    private static String clientType(DeviceInfo info, String userAgent) {
        if (info.browserName() != null) {
            return "html5";
        }
        String osName = info.osName() == null ? "" : info.osName();
        String osVendor = info.osVendor() == null ? "" : info.osVendor();
        switch (osName) {
            case "iOS":
                return "ios";
            case "tvOS":
                return "tvos";
            case "Android":
                return "Amazon".equals(osVendor) ? "fireos" : "android";
            case "Roku OS":
                return "roku";
            default:
                break;
        }
        if (info.isEmpty() && userAgent != null && userAgent.startsWith("Mozilla/")) {
            return "html5";
        }
        return "unknown";
    }
}
