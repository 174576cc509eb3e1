package dev.tvegate.authn.domain.model;

/** The {@code type} of a profile (spec §4.6) that TVE Gate creates. */
public enum ProfileType {
    /** Created by a successful MVPD login. */
    REGULAR("regular"),
    /** Created by the AuthNAll degradation rule without asking the MVPD. */
    DEGRADED("degraded"),
    /** A TempPass trial. */
    TEMPORARY("temporary");

    private final String wire;

    ProfileType(String wire) {
        this.wire = wire;
    }

    /** @return the value on the wire */
    public String wire() {
        return wire;
    }

    /** @throws IllegalArgumentException for an unknown wire value */
    public static ProfileType fromWire(String wire) {
        for (ProfileType t : values()) {
            if (t.wire.equals(wire)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown profile type: " + wire);
    }
}
