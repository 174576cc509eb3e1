package dev.tvegate.kernel.id;

import java.util.regex.Pattern;

/**
 * Validation of entity ids: service providers (v1 requestors), MVPDs and SSO partners (spec §8.1). These ids appear
 * in URL paths, cache keys and log lines, so they are restricted to a conservative pattern: an ASCII letter or digit,
 * then up to 63 letters, digits, {@code _}, {@code .} or {@code -}.
 */
public final class Identifiers {

    /** The entity id pattern, 1 to 64 characters. */
    public static final String ENTITY_ID_REGEX = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    private static final Pattern ENTITY_ID = Pattern.compile(ENTITY_ID_REGEX);

    private Identifiers() {
    }

    /** @return whether {@code value} is a well-formed entity id (null is not) */
    public static boolean isValidEntityId(String value) {
        return value != null && ENTITY_ID.matcher(value).matches();
    }

    /**
     * @return {@code value}, unchanged
     * @throws IllegalArgumentException "{@code <fieldName>} must match …" if it is not a well-formed entity id
     */
    public static String requireEntityId(String value, String fieldName) {
        if (!isValidEntityId(value)) {
            throw new IllegalArgumentException(fieldName + " must match " + ENTITY_ID_REGEX
                    + " (a letter or digit, then up to 63 letters, digits, '_', '.' or '-')");
        }
        return value;
    }
}
