package dev.tvegate.kernel.error;

import java.util.Locale;

/**
 * The body format of a REST v1 response (spec §6.1). The client picks it with one of three methods:
 * <ol>
 * <li>the query or form parameter {@code format=xml|json};</li>
 * <li>a path suffix {@code .xml} / {@code .json} (e.g. {@code /regcode.json});</li>
 * <li>the {@code Accept} header ({@code application/json}, {@code application/xml} or {@code text/xml}).</li>
 * </ol>
 * Precedence is in that order: the parameter, then the suffix, then {@code Accept}. XML is the default.
 * <p>
 * The spec says "conflicting choices may error". Parameter and suffix are deliberate choices made in the URL, so
 * when both are given and disagree the request is refused. {@code Accept} is often set by an HTTP library rather
 * than by the integrator, so it never conflicts: it is only consulted when neither URL method is used.
 */
public enum ResponseFormat {
    JSON("application/json"),
    XML("application/xml");

    /** The format used when the client expresses no preference. */
    public static final ResponseFormat DEFAULT = XML;

    private final String mediaType;

    ResponseFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** @return the media type to send in {@code Content-Type} (without charset) */
    public String mediaType() {
        return mediaType;
    }

    /** @return the media type with {@code ;charset=UTF-8} */
    public String mediaTypeWithCharset() {
        return mediaType + ";charset=UTF-8";
    }

    /**
     * Resolves the response format.
     *
     * @param acceptHeader the {@code Accept} header, or null
     * @param formatParam the {@code format} parameter, or null
     * @param pathSuffix the path suffix without the dot ({@code xml}, {@code json}), or null
     * @throws IllegalArgumentException if {@code format} or the suffix is not {@code xml}/{@code json}, or if they
     *         disagree
     */
    public static ResponseFormat resolve(String acceptHeader, String formatParam, String pathSuffix) {
        ResponseFormat byParam = explicit("format parameter", formatParam);
        ResponseFormat bySuffix = explicit("path suffix", pathSuffix);
        if (byParam != null && bySuffix != null && byParam != bySuffix) {
            throw new IllegalArgumentException("Conflicting response formats: format=" + formatParam.trim()
                    + " but path suffix ." + pathSuffix.trim());
        }
        if (byParam != null) {
            return byParam;
        }
        if (bySuffix != null) {
            return bySuffix;
        }
        return fromAccept(acceptHeader);
    }

    private static ResponseFormat explicit(String what, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new IllegalArgumentException(
                    "Unsupported response format in the " + what + ": '" + value + "' (expected xml or json)");
        };
    }

    /** First recognised media range wins; {@code *}{@code /*} means "the default"; unknown ranges are skipped. */
    private static ResponseFormat fromAccept(String acceptHeader) {
        if (acceptHeader == null) {
            return DEFAULT;
        }
        for (String range : acceptHeader.split(",")) {
            String type = range.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            switch (type) {
                case "application/json":
                    return JSON;
                case "application/xml", "text/xml":
                    return XML;
                case "*/*":
                    return DEFAULT;
                default:
                    break;
            }
        }
        return DEFAULT;
    }
}
