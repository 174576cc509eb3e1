package dev.tvegate.sandbox.application.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.tvegate.sandbox.domain.model.OAuthError;

/** Builds the redirect URIs the provider answers with (RFC 6749 §4.1.2, §4.1.2.1; RFC 9207 {@code iss}). */
final class Redirects {

    private Redirects() {
    }

    /** @return {@code base} with the non-null parameters added to its query, form-encoded (RFC 6749 App. B) */
    static String withQuery(String base, Map<String, String> parameters) {
        StringBuilder uri = new StringBuilder(base);
        char separator = base.indexOf('?') >= 0 ? '&' : '?';
        if (base.endsWith("?") || base.endsWith("&")) {
            separator = 0;
        }
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (parameter.getValue() == null) {
                continue;
            }
            if (separator != 0) {
                uri.append(separator);
            }
            uri.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return uri.toString();
    }

    /** @return the authorization error response for {@code redirectUri} */
    static String error(String redirectUri, OAuthError error, String state, String issuer) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("error", error.error());
        parameters.put("error_description", error.description());
        parameters.put("state", state);
        parameters.put("iss", issuer);
        return withQuery(redirectUri, parameters);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
