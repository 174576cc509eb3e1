package dev.tvegate.authn.domain.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An authenticated profile (the v1 "AuthN token", spec §4.6), valid from {@code notBefore} to {@code notAfter} (the
 * integration's AuthN TTL).
 *
 * @param mvpd the MVPD id (map key on the wire)
 * @param key the client app, device and SP the profile is bound to
 * @param type regular, degraded or temporary
 * @param issuer the MVPD id for regular profiles; the platform issuer (config {@code tvegate.authn.platform-issuer},
 *        default {@code Adobe}) for degraded and temporary ones
 * @param notBefore epoch ms
 * @param notAfter epoch ms
 * @param attributes user metadata; always includes {@code userID}
 * @param code the authentication code that produced it (for {@code /profiles/code/{code}}), may be null
 * @param idTokenHint the MVPD ID token kept for end-session logout, may be null; never sent to clients
 */
public record Profile(String mvpd, ProfileKey key, ProfileType type, String issuer, long notBefore, long notAfter,
        Map<String, ProfileAttribute> attributes, String code, String idTokenHint) {

    /** Attribute every profile carries. */
    public static final String USER_ID = "userID";

    public Profile {
        Objects.requireNonNull(mvpd, "mvpd");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(attributes, "attributes");
        if (!attributes.containsKey(USER_ID)) {
            throw new IllegalArgumentException("a profile always carries a userID attribute");
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * @return whether the profile has not expired at {@code nowMillis} ({@code notBefore} is the creation time and is
     *         not checked, so that replicas with slightly different clocks agree)
     */
    public boolean isValidAt(long nowMillis) {
        return nowMillis < notAfter;
    }

    /** @return milliseconds left at {@code nowMillis} (0 once expired) */
    public long remainingMillis(long nowMillis) {
        return Math.max(0, notAfter - nowMillis);
    }
}
