package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.TempPassIdentity;

/**
 * Profiles of the calling client on the calling device.
 *
 * @param mvpd one MVPD, or null for all
 * @param tempPassIdentity the decoded {@code AP-TempPass-Identity} header (promotional TempPass), absent when not sent
 */
public record ProfileQuery(String serviceProvider, ClientContext client, DeviceHeaders device, String mvpd,
        TempPassIdentity tempPassIdentity) {
    public ProfileQuery {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(device, "device");
        tempPassIdentity = Objects.requireNonNullElse(tempPassIdentity, TempPassIdentity.absent());
    }

    /** A query without {@code AP-TempPass-Identity}. */
    public ProfileQuery(String serviceProvider, ClientContext client, DeviceHeaders device, String mvpd) {
        this(serviceProvider, client, device, mvpd, null);
    }
}
