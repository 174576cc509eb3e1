package dev.tvegate.registration.domain.model;

/**
 * A v1 registration code record (spec §6.3). Lives in Redis only, with the TTL set by Redis.
 *
 * @param generated epoch ms
 * @param expires epoch ms
 */
public record RegCode(String id, String code, String requestor, String mvpd, long generated, long expires,
        RegCodeInfo info) {
}
