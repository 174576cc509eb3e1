package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.ClientContext;

/** {@code POST /api/v2/{serviceProvider}/sessions/{code}}, usually by a second-screen app. */
public record ResumeSessionCommand(String serviceProvider, ClientContext client, String code,
        SessionParameters parameters) {
    public ResumeSessionCommand {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(parameters, "parameters");
    }
}
