package dev.tvegate.drm.domain.model;

import java.util.Locale;
import java.util.Optional;

/**
 * ExpressPlay's two environments. Every customer authenticator and every token-sealing key belongs to one; a
 * deployment serves one ({@code tvegate.drm.environment}), so a test authenticator is refused in production with
 * {@code -2018} and a test token never redeems in production.
 */
public enum Environment {
    TEST,
    PRODUCTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Environment> fromId(String id) {
        for (Environment env : values()) {
            if (env.id().equals(id)) {
                return Optional.of(env);
            }
        }
        return Optional.empty();
    }
}
