package dev.tvegate.kernel.error;

import java.util.Locale;

/**
 * The {@code action} field of an Enhanced Error Code (spec §5): what the client is expected to do about the error.
 * The wire value is lower case with dashes ({@code application-registration}).
 */
public enum ErrorAction {
    /** Nothing the client can do automatically; show or log the message. */
    NONE("none"),
    /** The integration is misconfigured on the server side; contact support. */
    CONFIGURATION("configuration"),
    /** The client must obtain new DCR credentials or a new access token (§1.4). */
    APPLICATION_REGISTRATION("application-registration"),
    /** The user must (re-)authenticate. */
    AUTHENTICATION("authentication"),
    /** The user must obtain a new authorization decision. */
    AUTHORIZATION("authorization"),
    /** A transient failure; retry later. */
    RETRY("retry");

    private final String wire;

    ErrorAction(String wire) {
        this.wire = wire;
    }

    /** @return the value written in the {@code action} field */
    public String wire() {
        return wire;
    }

    /**
     * Looks up an action by its wire value (case-insensitive).
     *
     * @throws IllegalArgumentException if the value is not one of the six actions of spec §5
     */
    public static ErrorAction fromWire(String wire) {
        if (wire != null) {
            String normalized = wire.trim().toLowerCase(Locale.ROOT);
            for (ErrorAction action : values()) {
                if (action.wire.equals(normalized)) {
                    return action;
                }
            }
        }
        throw new IllegalArgumentException("Unknown error action: " + wire);
    }

    @Override
    public String toString() {
        return wire;
    }
}
