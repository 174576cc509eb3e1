package dev.tvegate.authn.domain.model;

/**
 * The device a request speaks for, from its headers (spec §3).
 *
 * @param deviceId the decoded device id of {@code AP-Device-Identifier}; null when the header was not sent
 * @param deviceInfoBase64 {@code X-Device-Info} as standard Base64 JSON (explicit values merged with what the server
 *        derived from {@code User-Agent} and the client IP); null when nothing is known
 * @param userAgent the {@code User-Agent} header, may be null
 * @param ipAddress the client IP: the first {@code X-Forwarded-For} entry, else the peer address; may be null
 */
public record DeviceContext(String deviceId, String deviceInfoBase64, String userAgent, String ipAddress) {
}
