package dev.tvegate.authz.domain.model;

/**
 * An issued media token as the response carries it (spec §4.7 {@code token}).
 *
 * @param notBefore epoch ms
 * @param notAfter epoch ms
 * @param serializedToken Base64 of the compact JWS
 */
public record MediaToken(long notBefore, long notAfter, String serializedToken) {
}
