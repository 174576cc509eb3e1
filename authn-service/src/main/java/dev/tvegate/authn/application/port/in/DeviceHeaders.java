package dev.tvegate.authn.application.port.in;

/**
 * The device headers of a request as received (spec §3); the application validates them in the order the spec's
 * errors imply.
 *
 * @param deviceIdentifier {@code AP-Device-Identifier}, may be null
 * @param deviceInfo {@code X-Device-Info}, may be null
 * @param userAgent {@code User-Agent}, may be null
 * @param ipAddress the client IP (first {@code X-Forwarded-For} entry, else the peer address), may be null
 */
public record DeviceHeaders(String deviceIdentifier, String deviceInfo, String userAgent, String ipAddress) {
}
