package dev.tvegate.registration.domain.model;

/**
 * TempPass trial settings of a TempPass pseudo-MVPD (spec §8.3).
 *
 * @param ttlSeconds trial length, counted from the first authorization
 * @param promotional {@code true} for promotional ("flexible") TempPass keyed by device and identity hash
 * @param resourceLimit promotional only: how many distinct resources the trial may play (0 = unlimited)
 * @param identityKey promotional only: the user-info key the programmer hashes (e.g. {@code email})
 */
public record TempPassRule(long ttlSeconds, boolean promotional, int resourceLimit, String identityKey) {
}
