package dev.tvegate.drm.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One of a customer's API keys ({@code customerAuthenticator = "<customer id>,<32 hex>"}). Only the SHA-256 of the
 * whole string is stored; the key itself is shown once, when it is created, and cannot be read back.
 *
 * @param id the authenticator's own id (to list and delete it)
 * @param customerId the customer
 * @param environment the environment it is valid in
 * @param sha256 SHA-256 of the full authenticator string
 * @param label a human note ("storefront prod key")
 * @param createdAt when it was minted
 */
public record CustomerAuthenticator(String id, long customerId, Environment environment, byte[] sha256, String label,
        Instant createdAt) {

    public CustomerAuthenticator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(sha256, "sha256");
    }
}
