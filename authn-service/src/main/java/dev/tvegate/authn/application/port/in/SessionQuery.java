package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.ClientContext;

/** A session (or the profile it produced) looked up by its code, as typed. */
public record SessionQuery(String serviceProvider, ClientContext client, String code) {
    public SessionQuery {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
    }
}
