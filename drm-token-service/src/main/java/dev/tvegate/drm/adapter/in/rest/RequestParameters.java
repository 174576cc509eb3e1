package dev.tvegate.drm.adapter.in.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import dev.tvegate.drm.domain.model.TokenParameters;

/** The query string and an {@code application/x-www-form-urlencoded} body, merged (query first), names as sent. */
final class RequestParameters {

    private RequestParameters() {
    }

    static TokenParameters of(MultivaluedMap<String, String> query, String contentType, String body) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        query.forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        if (body != null && !body.isEmpty() && isForm(contentType)) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (name != null && value != null) {
                    all.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        return TokenParameters.of(all);
    }

    private static boolean isForm(String contentType) {
        return contentType == null || contentType.isEmpty() || contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith(MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** @return the decoded text, or null for malformed percent-encoding (the pair is then ignored) */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
