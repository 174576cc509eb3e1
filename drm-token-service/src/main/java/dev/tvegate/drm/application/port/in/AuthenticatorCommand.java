package dev.tvegate.drm.application.port.in;

import java.util.Objects;

import dev.tvegate.drm.domain.model.Environment;

/** Mints a new API key for a customer in one environment. */
public record AuthenticatorCommand(long customerId, Environment environment, String label) {

    public AuthenticatorCommand {
        Objects.requireNonNull(environment, "environment");
    }

    /** @throws dev.tvegate.drm.domain.error.AdminRequestException {@code INVALID} naming the bad field */
    public static AuthenticatorCommand of(long customerId, String environment, String label) {
        String checked = AdminInput.text("label", label, AdminInput.MAX_NAME, false);
        return new AuthenticatorCommand(customerId, AdminInput.environment(environment),
                checked == null ? null : checked.strip());
    }
}
