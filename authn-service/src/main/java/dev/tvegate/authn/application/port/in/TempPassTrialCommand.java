package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.TempPassIdentity;

/**
 * A TempPass request of authz on behalf of a device.
 *
 * @param serviceProvider the SP
 * @param mvpd the TempPass MVPD
 * @param deviceId the device id (v2: decoded {@code AP-Device-Identifier}; v1: the {@code deviceId} parameter)
 * @param identity promotional: the decoded {@code AP-TempPass-Identity} / {@code generic_data}
 * @param resource the resource id to count; null for {@code startOrRead}
 */
public record TempPassTrialCommand(String serviceProvider, String mvpd, String deviceId, TempPassIdentity identity,
        String resource) {

    public TempPassTrialCommand {
        identity = Objects.requireNonNullElse(identity, TempPassIdentity.absent());
    }
}
