package dev.tvegate.registration.adapter.in.rest.config;

/** Helpers shared by the configuration endpoints. */
final class ConfigViews {

    private ConfigViews() {
    }

    /** @return a path value safe to quote in an error message (no control characters, at most 80 characters) */
    static String printable(String value) {
        if (value == null) {
            return "";
        }
        String cleaned = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }
}
