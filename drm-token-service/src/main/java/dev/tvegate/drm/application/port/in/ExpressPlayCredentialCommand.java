package dev.tvegate.drm.application.port.in;

import java.util.Objects;

import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.drm.domain.model.Environment;

/** Sets the customer's own ExpressPlay {@code customerAuthenticator} for one environment (write-only). */
public record ExpressPlayCredentialCommand(long customerId, Environment environment, String authenticator) {

    public static final int MAX_AUTHENTICATOR = 512;

    public ExpressPlayCredentialCommand {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(authenticator, "authenticator");
    }

    /** @throws AdminRequestException {@code INVALID} naming the bad field */
    public static ExpressPlayCredentialCommand of(long customerId, String environment, String authenticator) {
        Environment env = AdminInput.environment(environment);
        String checked = AdminInput.text("customerAuthenticator", authenticator, MAX_AUTHENTICATOR, true);
        if (checked.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw AdminRequestException.invalid("customerAuthenticator",
                    "customerAuthenticator must be printable ASCII without spaces");
        }
        return new ExpressPlayCredentialCommand(customerId, env, checked);
    }

    @Override
    public String toString() {
        return "ExpressPlayCredentialCommand[customer=" + customerId + ", environment=" + environment.id() + "]";
    }
}
