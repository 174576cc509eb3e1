package dev.tvegate.authz.application.port.in;

/**
 * A REST v1 authz request after authentication at the edge.
 *
 * @param requestor {@code requestor}
 * @param deviceId {@code deviceId} exactly as sent
 * @param resource {@code resource} (preauthorize: comma-separated list)
 */
public record V1Query(String requestor, String deviceId, String resource) {
}
