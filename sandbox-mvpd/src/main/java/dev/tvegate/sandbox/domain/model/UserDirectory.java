package dev.tvegate.sandbox.domain.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The subscribers and the package catalogue (package name → channel ids). A user's entitlements are the union of the
 * channels of their packages.
 */
public final class UserDirectory {

    private final Map<String, User> byUsername = new HashMap<>();
    private final Map<String, User> bySubject = new HashMap<>();
    private final Map<String, List<String>> packages;

    /**
     * @throws IllegalArgumentException on a duplicate username or subject, a user holding an unknown package or an
     *         unrecognised {@code maxRating}
     */
    public UserDirectory(Collection<User> users, Map<String, List<String>> packages) {
        Map<String, List<String>> catalogue = new LinkedHashMap<>();
        packages.forEach((name, channels) -> catalogue.put(name, List.copyOf(channels)));
        this.packages = Map.copyOf(catalogue);
        for (User user : users) {
            if (byUsername.putIfAbsent(User.normalizeUsername(user.username()), user) != null) {
                throw new IllegalArgumentException("duplicate username: " + user.username());
            }
            if (bySubject.putIfAbsent(user.subject(), user) != null) {
                throw new IllegalArgumentException("duplicate sub: " + user.subject());
            }
            user.maxRating().ifPresent(max -> {
                if (Rating.parse(max, null).isEmpty()) {
                    throw new IllegalArgumentException("user " + user.username() + " has an unknown maxRating: " + max);
                }
            });
            for (String name : user.packages()) {
                if (!this.packages.containsKey(name)) {
                    throw new IllegalArgumentException("user " + user.username() + " has unknown package " + name);
                }
            }
        }
    }

    /** @return the user with this login name (case-insensitive) */
    public Optional<User> byUsername(String username) {
        return Optional.ofNullable(byUsername.get(User.normalizeUsername(username)));
    }

    /** @return the user with this subject identifier */
    public Optional<User> bySubject(String subject) {
        return subject == null ? Optional.empty() : Optional.ofNullable(bySubject.get(subject));
    }

    /** @return the channel ids of the user's packages, in package order, without duplicates */
    public List<String> entitlementsOf(User user) {
        Set<String> channels = new LinkedHashSet<>();
        for (String name : user.packages()) {
            channels.addAll(packages.getOrDefault(name, List.of()));
        }
        return List.copyOf(channels);
    }

    /** @return the names of every attribute some user has, sorted */
    public Set<String> attributeNames() {
        Set<String> names = new TreeSet<>();
        byUsername.values().forEach(user -> names.addAll(user.attributes().keySet()));
        return names;
    }

    /** @return how many users there are */
    public int size() {
        return byUsername.size();
    }
}
