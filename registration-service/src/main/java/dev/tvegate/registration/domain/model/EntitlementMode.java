package dev.tvegate.registration.domain.model;

/** Where authz-service finds a viewer's entitlements for an integration (ARCHITECTURE.md §4). */
public enum EntitlementMode {
    /** A claim of the profile (from the MVPD's ID token), e.g. {@code entitlements: ["REF30","CNN"]}. */
    PROFILE_CLAIM("profile-claim"),
    /** The MVPD's REST entitlement endpoint, called with the subject and the parsed resource. */
    MVPD_ENDPOINT("mvpd-endpoint");

    private final String wire;

    EntitlementMode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static EntitlementMode fromWire(String value) {
        for (EntitlementMode m : values()) {
            if (m.wire.equalsIgnoreCase(value)) {
                return m;
            }
        }
        throw new IllegalArgumentException("entitlementMode must be one of profile-claim, mvpd-endpoint");
    }
}
