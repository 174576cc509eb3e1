package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.ClientContext;

/** {@code POST /api/v2/{serviceProvider}/sessions} by an authenticated client. */
public record CreateSessionCommand(String serviceProvider, ClientContext client, DeviceHeaders device,
        SessionParameters parameters) {
    public CreateSessionCommand {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(parameters, "parameters");
    }
}
