package dev.tvegate.sandbox.domain.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.kernel.code.Secrets;

/**
 * A subscriber of the sandbox MVPD.
 *
 * @param username the login name (matched case-insensitively)
 * @param password the demo password, in plain text: this is a sandbox and its users file holds demo accounts only
 * @param subject the stable subject identifier ({@code sub})
 * @param attributes profile attributes released as claims (householdID, zip, name, email, maxRating, …)
 * @param packages the subscription packages the user has
 */
public record User(String username, String password, String subject, Map<String, Object> attributes,
        List<String> packages) {

    /** The attribute holding the highest rating the user may watch, e.g. {@code TV-14} or {@code PG-13}. */
    public static final String MAX_RATING = "maxRating";

    public User {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a user needs a username");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("user " + username + " needs a password");
        }
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("user " + username + " needs a sub");
        }
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    /** @return the login name as users type it: trimmed, lower-case */
    public static String normalizeUsername(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** @return whether {@code candidate} is the password, compared in constant time */
    public boolean passwordMatches(String candidate) {
        return Secrets.constantTimeEquals(password, candidate);
    }

    /** @return the {@value #MAX_RATING} attribute, if any */
    public Optional<String> maxRating() {
        Object value = attributes.get(MAX_RATING);
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    @Override
    public String toString() {
        return "User[username=" + username + ", subject=" + subject + ", packages=" + packages + "]";
    }
}
