package dev.tvegate.sandbox.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.model.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserDirectoryTest {

    private static final Map<String, List<String>> PACKAGES = Map.of(
            "basic", List.of("REF30", "CNN"),
            "sports", List.of("ESPN", "REF40", "CNN"),
            "premium", List.of("HBO"));

    private static User user(String name, String sub, String... packages) {
        return new User(name, name + "123", sub, Map.of("name", name), List.of(packages));
    }

    @Test
    void entitlementsAreTheUnionOfThePackagesChannels() {
        UserDirectory directory = new UserDirectory(List.of(user("alice", "u-1", "basic", "sports")), PACKAGES);
        User alice = directory.bySubject("u-1").orElseThrow();
        assertThat(directory.entitlementsOf(alice)).containsExactly("REF30", "CNN", "ESPN", "REF40");
    }

    @Test
    void usersAreFoundByCaseInsensitiveNameAndBySubject() {
        UserDirectory directory = new UserDirectory(List.of(user("Alice", "u-1", "basic")), PACKAGES);
        assertThat(directory.byUsername(" ALICE ")).isPresent();
        assertThat(directory.bySubject("u-1")).isPresent();
        assertThat(directory.bySubject("u-2")).isEmpty();
        assertThat(directory.bySubject(null)).isEmpty();
    }

    @Test
    void aUserWithoutPackagesHasNoEntitlements() {
        UserDirectory directory = new UserDirectory(List.of(user("dave", "u-4")), PACKAGES);
        assertThat(directory.entitlementsOf(directory.bySubject("u-4").orElseThrow())).isEmpty();
    }

    @Test
    void duplicatesAndUnknownPackagesAreRefused() {
        assertThatThrownBy(() -> new UserDirectory(List.of(user("a", "u-1"), user("A", "u-2")), PACKAGES))
                .hasMessageContaining("duplicate username");
        assertThatThrownBy(() -> new UserDirectory(List.of(user("a", "u-1"), user("b", "u-1")), PACKAGES))
                .hasMessageContaining("duplicate sub");
        assertThatThrownBy(() -> new UserDirectory(List.of(user("a", "u-1", "gold")), PACKAGES))
                .hasMessageContaining("unknown package gold");
    }

    @Test
    void anUnknownMaxRatingIsRefused() {
        User odd = new User("a", "pw", "u-1", Map.of("maxRating", "ADULTS"), List.of());
        assertThatThrownBy(() -> new UserDirectory(List.of(odd), PACKAGES)).hasMessageContaining("maxRating");
    }

    @Test
    void passwordsCompareExactlyAndNeverPrint() {
        User alice = user("alice", "u-1");
        assertThat(alice.passwordMatches("alice123")).isTrue();
        assertThat(alice.passwordMatches("Alice123")).isFalse();
        assertThat(alice.passwordMatches(null)).isFalse();
        assertThat(alice.toString()).doesNotContain("alice123");
    }
}
