package dev.tvegate.drm.domain.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of one token request: the query string and the form body merged, names case-sensitive, each name
 * with its values in arrival order (some, like {@code fpExtension}, may repeat). Immutable.
 */
public final class TokenParameters {

    private final Map<String, List<String>> values;

    private TokenParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @param values name → values; copied, null values dropped */
    public static TokenParameters of(Map<String, List<String>> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            if (name != null && list != null) {
                List<String> kept = list.stream().filter(v -> v != null).toList();
                if (!kept.isEmpty()) {
                    copy.merge(name, kept, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
                }
            }
        });
        return new TokenParameters(Collections.unmodifiableMap(copy));
    }

    /** @return the first value of {@code name}, if it was sent */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** @return every value of {@code name}, in order; empty if absent */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Set<String> names() {
        return values.keySet();
    }

    /** @return these parameters without {@code names} (e.g. before forwarding to ExpressPlay) */
    public TokenParameters without(Set<String> names) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.keySet().removeAll(names);
        return new TokenParameters(Collections.unmodifiableMap(copy));
    }

    /** @return these parameters with {@code name} set to the single {@code value} */
    public TokenParameters with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.put(name, List.of(value));
        return new TokenParameters(Collections.unmodifiableMap(copy));
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return "TokenParameters" + values.keySet(); // names only: values carry keys and authenticators
    }
}
