package dev.tvegate.registration.domain.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.tvegate.kernel.id.Identifiers;
import dev.tvegate.registration.domain.error.ValidationException;

/**
 * The input rules of the catalogue (service providers, MVPDs, integrations, registered applications). Every check
 * throws a {@link ValidationException} naming the offending field, which the REST edge turns into a 400.
 */
public final class CatalogueRules {

    /** Longest display name / application name. */
    public static final int MAX_NAME_LENGTH = 200;
    /** Longest free-text token (application version, platform name, OIDC client id, scope). */
    public static final int MAX_TOKEN_LENGTH = 64;
    /** Longest URL we store. */
    public static final int MAX_URL_LENGTH = 2000;
    /** Profile (AuthN) TTL bounds and default: 1 minute .. 90 days, default 30 days (spec §8.2, ESM "6 h to 90 days"). */
    public static final long AUTHN_TTL_MIN = 60, AUTHN_TTL_MAX = 90L * 86_400, AUTHN_TTL_DEFAULT = 30L * 86_400;
    /** AuthZ decision TTL bounds and default: 1 minute .. 7 days, default 24 h (spec §8.2 "usually 24 hours"). */
    public static final long AUTHZ_TTL_MIN = 60, AUTHZ_TTL_MAX = 7L * 86_400, AUTHZ_TTL_DEFAULT = 86_400;
    /** Preflight (preauthorize) resources per call: 1..100, default 5 (spec §4.7). */
    public static final long PREFLIGHT_MIN = 1, PREFLIGHT_MAX = 100, PREFLIGHT_DEFAULT = 5;
    /** TempPass trial length: 1 minute .. 365 days (spec §8.3: "10 min daily", "4 h event"). */
    public static final long TEMPPASS_TTL_MIN = 60, TEMPPASS_TTL_MAX = 365L * 86_400;

    /** RFC 1035: a host name is at most 253 characters, each label 1..63 letters, digits or hyphens. */
    private static final int MAX_HOST_LENGTH = 253;
    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** Short identifiers without spaces (e.g. the TempPass identity key). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{Alnum}._:+\\-/]+");
    /** Visible ASCII, no spaces: OAuth client ids. */
    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");
    /** RFC 6749 §3.3 scope-token. */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    /** Longest OAuth client id or scope accepted. */
    public static final int MAX_OAUTH_TOKEN_LENGTH = 255;

    private CatalogueRules() {
    }

    /** A service provider or MVPD id ({@code REF30}, {@code TempPass_TEST40}). */
    public static String entityId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " is required");
        }
        if (!Identifiers.isValidEntityId(value)) {
            throw new ValidationException(field, field + " '" + printable(value)
                    + "' is not a valid identifier (a letter or digit, then up to 63 letters, digits, '_', '.' or '-')");
        }
        return value;
    }

    /** A required human-readable name: trimmed, non-blank, at most {@value #MAX_NAME_LENGTH} characters. */
    public static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new ValidationException(field, field + " must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field, field + " must not contain control characters");
        }
        return trimmed;
    }

    /** A required short token without spaces (e.g. the TempPass identity key). */
    public static String token(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TOKEN_LENGTH || !TOKEN.matcher(trimmed).matches()) {
            throw new ValidationException(field, field + " '" + printable(trimmed)
                    + "' must be 1 to " + MAX_TOKEN_LENGTH + " letters, digits or . _ : + - /");
        }
        return trimmed;
    }

    /**
     * A list of host names (domains of a service provider or an application): each lower-cased and checked against
     * RFC 1123; duplicates removed, order kept. {@code null} is an empty list.
     */
    public static List<String> hostNames(String field, Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            result.add(hostName(field, value));
        }
        return List.copyOf(result);
    }

    /** One host name, lower-cased, without a trailing dot. */
    public static String hostName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " must not contain blank entries");
        }
        String host = value.strip().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!isHostName(host)) {
            throw new ValidationException(field, field + ": '" + printable(value) + "' is not a valid host name");
        }
        return host;
    }

    /** @return whether {@code host} (already lower case) is an RFC 1123 host name */
    public static boolean isHostName(String host) {
        if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
            return false;
        }
        for (String label : host.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * An absolute {@code http}/{@code https} URL with a host, or {@code null} when {@code required} is false and
     * the value is absent.
     */
    public static String httpUrl(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationException(field, field + " is required");
            }
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_URL_LENGTH) {
            throw new ValidationException(field, field + " must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new ValidationException(field, field + " is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ValidationException(field, field + " must be an absolute http(s) URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new ValidationException(field, field + " must not carry user credentials");
        }
        return trimmed;
    }

    /** A required short free text (platform, version): trimmed, 1 to {@code max} characters, no control characters. */
    public static String label(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new ValidationException(field,
                    field + " '" + printable(trimmed) + "' must be 1 to " + max + " characters without control characters");
        }
        return trimmed;
    }

    /** A list of labels; duplicates removed, order kept. */
    public static List<String> labels(String field, Collection<String> values, int max) {
        if (values == null) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            result.add(label(field, value, max));
        }
        return List.copyOf(result);
    }

    /** A required OAuth client id: visible ASCII without spaces, at most {@value #MAX_OAUTH_TOKEN_LENGTH}. */
    public static String clientId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_OAUTH_TOKEN_LENGTH || !VISIBLE_ASCII.matcher(trimmed).matches()) {
            throw new ValidationException(field, field + " must be visible ASCII without spaces, at most "
                    + MAX_OAUTH_TOKEN_LENGTH + " characters");
        }
        return trimmed;
    }

    /** OAuth scopes (RFC 6749 §3.3 scope-tokens); duplicates removed, order kept. */
    public static List<String> scopes(String field, Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            String v = value == null ? "" : value.strip();
            if (v.isEmpty() || v.length() > MAX_OAUTH_TOKEN_LENGTH || !SCOPE_TOKEN.matcher(v).matches()) {
                throw new ValidationException(field,
                        field + ": '" + printable(String.valueOf(value)) + "' is not an OAuth scope token");
            }
            result.add(v);
        }
        return List.copyOf(result);
    }

    /** A whole number within {@code [min, max]}; {@code null} gives {@code defaultValue}. */
    public static long range(String field, Long value, long min, long max, long defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw new ValidationException(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** Shortens and cleans a user value so that it can be quoted in an error message. */
    static String printable(String value) {
        String cleaned = value.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 80 ? cleaned.substring(0, 80) + "…" : cleaned;
    }
}
