package dev.tvegate.authn.application.port.in;

import java.util.Objects;

/** @param location where the browser goes: the MVPD's sign-in, the activation page's provider list, or redirect_url */
public record V1AuthenticationResult(String location) {
    public V1AuthenticationResult {
        Objects.requireNonNull(location, "location");
    }
}
