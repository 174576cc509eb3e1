package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A DRM customer as the admin API shows it: its settings and which ExpressPlay credentials are set (never the
 * credentials, keys or authenticator hashes).
 */
public record CustomerSummary(long id, CustomerSettings settings, Set<Environment> expressPlayCredentials,
        Instant createdAt, Instant updatedAt) {

    public CustomerSummary {
        Objects.requireNonNull(settings, "settings");
        expressPlayCredentials = Set.copyOf(expressPlayCredentials);
    }
}
