package dev.tvegate.registration.adapter.in.rest.dcr;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.registration.domain.error.OAuthError;
import dev.tvegate.registration.domain.error.OAuthErrorException;

/**
 * An {@code application/x-www-form-urlencoded} body parsed strictly, as OAuth requires (RFC 6749 §3.2: "parameters
 * MUST NOT be included more than once"): a repeated parameter or a malformed encoding is {@code invalid_request}.
 */
final class StrictForm {

    /** Larger bodies are refused: a token request is a few hundred bytes. */
    static final int MAX_BODY_CHARS = 8192;

    private final Map<String, String> values;

    private StrictForm(Map<String, String> values) {
        this.values = values;
    }

    static StrictForm parse(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return new StrictForm(values);
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw invalid("Request body too large");
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (values.putIfAbsent(name, value) != null) {
                throw invalid("Parameter '" + name + "' is repeated");
            }
        }
        return new StrictForm(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String getOrNull(String name) {
        return values.get(name);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid("Malformed form encoding");
        }
    }

    static OAuthErrorException invalid(String description) {
        return new OAuthErrorException(OAuthError.INVALID_REQUEST, description);
    }
}
