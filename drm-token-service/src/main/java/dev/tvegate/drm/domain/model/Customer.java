package dev.tvegate.drm.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A DRM customer: a programmer (or its back end) that asks for license tokens.
 *
 * @param id the numeric id that starts each of its authenticators
 * @param name display name
 * @param enabled false = every request answers {@code -2031}
 * @param backend who mints its tokens
 * @param drms the DRM systems it may use (others answer -6006 / -7011 / -5002)
 * @param gateEnabled whether a media token from authz-service is required (default true)
 * @param requestors the service providers (media-token {@code requestor}) whose viewers it serves; empty = any
 * @param monthlyTokenLimit tokens it may obtain per calendar month (UTC); empty = unlimited
 * @param authenticators its API keys (hashes only)
 * @param expressPlayAuthenticators its own ExpressPlay customerAuthenticator per environment (backend
 *        {@code expressplay}), opened from their sealed form
 */
public record Customer(long id, String name, boolean enabled, TokenBackend backend, Set<DrmSystem> drms,
        boolean gateEnabled, Set<String> requestors, OptionalLong monthlyTokenLimit,
        List<CustomerAuthenticator> authenticators, Map<Environment, String> expressPlayAuthenticators) {

    public Customer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(backend, "backend");
        drms = Set.copyOf(drms);
        requestors = Set.copyOf(requestors);
        Objects.requireNonNull(monthlyTokenLimit, "monthlyTokenLimit");
        authenticators = List.copyOf(authenticators);
        expressPlayAuthenticators = Map.copyOf(expressPlayAuthenticators);
    }

    @Override
    public String toString() {
        return "Customer[id=" + id + ", name=" + name + ", backend=" + backend.id() + "]"; // no secrets in logs
    }
}
