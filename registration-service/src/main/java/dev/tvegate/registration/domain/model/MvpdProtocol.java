package dev.tvegate.registration.domain.model;

/** How TVE Gate talks to an MVPD. One adapter per protocol in authn-service (ARCHITECTURE.md §4). */
public enum MvpdProtocol {
    /** OpenID Connect authorization code + PKCE S256; endpoints found by discovery from {@code issuer}. */
    OIDC("oidc"),
    /** A TempPass pseudo-MVPD: no real MVPD is contacted (spec §8.3). */
    TEMPPASS("temppass");

    private final String wire;

    MvpdProtocol(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static MvpdProtocol fromWire(String value) {
        for (MvpdProtocol p : values()) {
            if (p.wire.equalsIgnoreCase(value)) {
                return p;
            }
        }
        throw new IllegalArgumentException("protocol must be one of oidc, temppass");
    }
}
