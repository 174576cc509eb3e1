package dev.tvegate.registration.domain.model;

/** Degradation rule of an integration (spec §4.6/§4.7, premium "degradation" feature). */
public enum DegradationRule {
    NONE("none"),
    /** Authentication is skipped: sessions answer authorize/degraded and a degraded profile is created. */
    AUTHN_ALL("AuthNAll"),
    /** Every authorization is permitted without asking the MVPD. */
    AUTHZ_ALL("AuthZAll"),
    /** Every authorization is denied with authorization_denied_by_degradation_rule. */
    AUTHZ_NONE("AuthZNone");

    private final String wire;

    DegradationRule(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static DegradationRule fromWire(String value) {
        for (DegradationRule r : values()) {
            if (r.wire.equalsIgnoreCase(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("degradation must be one of none, AuthNAll, AuthZAll, AuthZNone");
    }
}
