package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.ClientContext;

/**
 * Profiles of the calling client on the calling device.
 *
 * @param mvpd one MVPD, or null for all
 */
public record ProfileQuery(String serviceProvider, ClientContext client, DeviceHeaders device, String mvpd) {
    public ProfileQuery {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(device, "device");
    }
}
