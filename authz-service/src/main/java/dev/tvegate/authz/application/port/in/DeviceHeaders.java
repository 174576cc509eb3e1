package dev.tvegate.authz.application.port.in;

/**
 * The device headers of a request as received (spec §3).
 *
 * @param deviceIdentifier {@code AP-Device-Identifier}, may be null
 * @param deviceInfo {@code X-Device-Info}, may be null
 * @param userAgent {@code User-Agent}, may be null
 * @param ipAddress the client IP, may be null
 */
public record DeviceHeaders(String deviceIdentifier, String deviceInfo, String userAgent, String ipAddress) {
}
