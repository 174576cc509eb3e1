package dev.tvegate.authn.application.port.in;

/**
 * @param requestor {@code requestor}
 * @param deviceId {@code deviceId}, as the device sent it to {@code regcode}
 */
public record V1DeviceQuery(String requestor, String deviceId) {
}
