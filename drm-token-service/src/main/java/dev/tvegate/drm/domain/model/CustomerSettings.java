package dev.tvegate.drm.domain.model;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What an administrator sets on a DRM customer (everything but its keys and credentials); see {@link Customer} for
 * the meaning of each field.
 */
public record CustomerSettings(String name, boolean enabled, TokenBackend backend, Set<DrmSystem> drms,
        boolean gateEnabled, Set<String> requestors, OptionalLong monthlyTokenLimit) {

    public CustomerSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(backend, "backend");
        drms = Set.copyOf(drms);
        requestors = Set.copyOf(requestors);
        Objects.requireNonNull(monthlyTokenLimit, "monthlyTokenLimit");
    }
}
