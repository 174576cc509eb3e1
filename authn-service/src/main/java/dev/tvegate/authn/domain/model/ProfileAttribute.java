package dev.tvegate.authn.domain.model;

/**
 * One user-metadata attribute of a profile (spec §4.6).
 *
 * @param value a simple value, a list or a map
 * @param state {@value #PLAIN} or {@value #ENCRYPTED}
 */
public record ProfileAttribute(Object value, String state) {

    public static final String PLAIN = "plain";
    public static final String ENCRYPTED = "enc";

    /** @return a plain attribute */
    public static ProfileAttribute plain(Object value) {
        return new ProfileAttribute(value, PLAIN);
    }
}
