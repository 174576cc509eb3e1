package dev.tvegate.authz.domain.model;

/**
 * A TempPass rule (spec §8.3).
 *
 * @param ttlSeconds trial length, counted from the first authorization
 * @param promotional promotional (device + identity) rather than basic (device)
 * @param resourceLimit promotional: resources the trial may play
 * @param identityKey promotional: the identity key (e.g. {@code email}) hashed by the programmer
 */
public record TempPassConfig(long ttlSeconds, boolean promotional, int resourceLimit, String identityKey) {
}
