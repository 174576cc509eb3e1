package dev.tvegate.kernel.xml;

/**
 * Escapes text for XML 1.0 element content and attribute values. Used for the v1 XML bodies (spec §6.1, §6.3) that
 * are written by hand rather than through a marshaller.
 * <p>
 * The five predefined entities are escaped, and characters that XML 1.0 does not allow at all (most C0 controls,
 * unpaired surrogates, U+FFFE/U+FFFF) are replaced by U+FFFD so the output is always well-formed.
 */
public final class XmlEscaper {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlEscaper() {
    }

    /** @return the escaped text; null gives the empty string */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                appendEscaped(out, c);
            }
        }
        return out.toString();
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&apos;");
            default -> out.append(isAllowed(c) ? c : REPLACEMENT);
        }
    }

    private static boolean isAllowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
