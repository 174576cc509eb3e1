package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.ClientContext;

/** {@code GET /api/v2/{serviceProvider}/logout/{mvpd}?redirectUrl=} (spec §4.8). */
public record LogoutCommand(String serviceProvider, ClientContext client, DeviceHeaders device, String mvpd,
        String redirectUrl) {
    public LogoutCommand {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(device, "device");
    }
}
