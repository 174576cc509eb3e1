package dev.tvegate.authz.domain.model;

import dev.tvegate.kernel.error.EnhancedError;

/**
 * authn's answer about a TempPass trial for one resource (its internal TempPass API).
 *
 * @param userId the trial's user id ({@code temppass_…}), null on error
 * @param startedAt trial start, epoch ms (0 when unknown)
 * @param expiresAt trial end, epoch ms (0 when unknown)
 * @param error null when the resource may be played; else the item-level EEC (limits, identity, configuration,
 *        network)
 */
public record TempPassAnswer(String userId, long startedAt, long expiresAt, EnhancedError error) {

    public boolean usable() {
        return error == null;
    }
}
