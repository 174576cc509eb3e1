package dev.tvegate.authn.domain.model;

import java.util.Objects;

import dev.tvegate.kernel.code.Secrets;

/**
 * What a profile is keyed to (spec §4.6): the client application, the device and the service provider. A profile
 * created for one of them is invisible to any other.
 */
public record ProfileKey(String clientId, String deviceId, String serviceProvider) {

    public ProfileKey {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(serviceProvider, "serviceProvider");
    }

    /**
     * @return lower-case hex SHA-256 of {@code clientId + "\n" + deviceId + "\n" + serviceProvider}: the form used in
     *         storage keys, so that raw device ids never appear in them
     */
    public String hash() {
        return Secrets.sha256Hex(clientId + "\n" + deviceId + "\n" + serviceProvider);
    }
}
