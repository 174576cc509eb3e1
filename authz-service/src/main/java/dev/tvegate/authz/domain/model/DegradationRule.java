package dev.tvegate.authz.domain.model;

/**
 * An integration's degradation rule (spec §4.7). {@link #AUTHN_ALL} concerns authn (degraded profiles), but a
 * degraded profile is also authorized by authz; {@link #AUTHZ_ALL} permits every authenticated viewer,
 * {@link #AUTHZ_NONE} denies everyone.
 */
public enum DegradationRule {
    NONE("none"),
    AUTHN_ALL("AuthNAll"),
    AUTHZ_ALL("AuthZAll"),
    AUTHZ_NONE("AuthZNone");

    private final String wire;

    DegradationRule(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** @return whether the rule permits (AuthNAll, AuthZAll) */
    public boolean permits() {
        return this == AUTHN_ALL || this == AUTHZ_ALL;
    }

    /** @return the rule for a wire value; unknown or null values are {@link #NONE} */
    public static DegradationRule fromWire(String value) {
        for (DegradationRule r : values()) {
            if (r.wire.equalsIgnoreCase(String.valueOf(value))) {
                return r;
            }
        }
        return NONE;
    }
}
