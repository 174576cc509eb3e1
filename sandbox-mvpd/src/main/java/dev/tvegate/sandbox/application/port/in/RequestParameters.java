package dev.tvegate.sandbox.application.port.in;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of an OAuth request (query or form), kept with their repetitions: RFC 6749 §3.1 says a parameter
 * must not appear more than once, so the use cases need to see repeats.
 */
public final class RequestParameters {

    private static final RequestParameters EMPTY = new RequestParameters(Map.of());

    private final Map<String, List<String>> values;

    private RequestParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @return the parameters, copied */
    public static RequestParameters of(Map<String, List<String>> values) {
        if (values == null || values.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name,
                list == null ? List.of() : list.stream().map(v -> v == null ? "" : v).toList()));
        return new RequestParameters(copy);
    }

    /** @return the single value of {@code name}, or null when absent or empty (RFC 6749 §3.1: empty = omitted) */
    public String get(String name) {
        List<String> list = values.get(name);
        if (list == null || list.isEmpty()) {
            return null;
        }
        String value = list.get(0);
        return value == null || value.isEmpty() ? null : value;
    }

    /** @return whether {@code name} appears more than once */
    public boolean isRepeated(String name) {
        List<String> list = values.get(name);
        return list != null && list.size() > 1;
    }

    /** @return the first of {@code names} that appears more than once, or null */
    public String firstRepeated(List<String> names) {
        return names.stream().filter(this::isRepeated).findFirst().orElse(null);
    }
}
