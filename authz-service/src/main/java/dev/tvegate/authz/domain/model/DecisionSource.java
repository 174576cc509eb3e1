package dev.tvegate.authz.domain.model;

/** The {@code source} of a decision (spec §4.7). */
public enum DecisionSource {
    MVPD("mvpd"),
    DEGRADATION("degradation"),
    TEMPPASS("temppass"),
    DUMMY("dummy");

    private final String wire;

    DecisionSource(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
