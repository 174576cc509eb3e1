package dev.tvegate.authz.application.port.in;

/**
 * A REST v1 authz request after authentication at the edge.
 *
 * @param requestor {@code requestor}
 * @param deviceId {@code deviceId} exactly as sent
 * @param resource {@code resource} (preauthorize: comma-separated list)
 * @param genericData {@code generic_data} (promotional TempPass identity), may be null
 */
public record V1Query(String requestor, String deviceId, String resource, String genericData) {
}
