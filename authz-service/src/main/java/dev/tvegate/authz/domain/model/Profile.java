package dev.tvegate.authz.domain.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The viewer's profile as authn serves it internally (what authz needs of it).
 *
 * @param mvpd the MVPD
 * @param type {@code regular}, {@code degraded} or {@code temporary}
 * @param issuer the profile's issuer
 * @param notBefore epoch ms
 * @param notAfter epoch ms
 * @param attributes attribute values (plain values only; encrypted ones are opaque strings)
 */
public record Profile(String mvpd, String type, String issuer, long notBefore, long notAfter,
        Map<String, Object> attributes) {

    public static final String TYPE_DEGRADED = "degraded";
    public static final String TYPE_TEMPORARY = "temporary";

    public Profile {
        Objects.requireNonNull(mvpd, "mvpd");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** @return the {@code userID} attribute, or null */
    public String userId() {
        Object v = attributes.get("userID");
        return v == null ? null : String.valueOf(v);
    }

    /** @return the {@code entitlements} attribute as a list of channel ids (empty if absent) */
    public List<String> entitlements() {
        Object v = attributes.get("entitlements");
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        if (v instanceof String s && !s.isBlank()) {
            return List.of(s.split("[,\\s]+"));
        }
        return List.of();
    }

    public boolean isDegraded() {
        return TYPE_DEGRADED.equals(type);
    }

    public boolean isTemporary() {
        return TYPE_TEMPORARY.equals(type);
    }

    public boolean isExpiredAt(long nowMillis) {
        return notAfter <= nowMillis;
    }
}
