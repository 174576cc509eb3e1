package dev.tvegate.sandbox.adapter.out.file;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.model.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonUserDirectoryAdapterTest {

    @Test
    void theDemoFileOnTheClasspathLoads() {
        UserDirectory directory = JsonUserDirectoryAdapter.load(Optional.empty()).directory();
        User alice = directory.byUsername("alice").orElseThrow();
        assertThat(alice.subject()).isEqualTo("u-alice-001");
        assertThat(alice.attributes()).containsEntry("householdID", "hh-1").containsEntry("zip", "10001");
        assertThat(directory.entitlementsOf(alice)).containsExactly("REF30", "CNN", "ESPN", "REF40");
        assertThat(directory.entitlementsOf(directory.byUsername("bob").orElseThrow()))
                .containsExactly("REF30", "CNN");
    }

    @Test
    void aFileOnDiskWinsOverTheClasspath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("users.json");
        Files.writeString(file, """
                {"users":[{"username":"zoe","password":"z","sub":"u-z","attributes":{"zip":"1","tier":3},
                  "packages":["kids"]}],
                 "packages":{"kids":["CARTOON"]}}
                """);
        JsonUserDirectoryAdapter adapter = JsonUserDirectoryAdapter.load(Optional.of(file));
        assertThat(adapter.source()).isEqualTo(file.toString());
        User zoe = adapter.directory().byUsername("zoe").orElseThrow();
        assertThat(zoe.attributes()).containsEntry("tier", 3);
        assertThat(adapter.directory().entitlementsOf(zoe)).isEqualTo(List.of("CARTOON"));
        assertThat(adapter.directory().byUsername("alice")).isEmpty();
    }

    @Test
    void brokenFilesStopWithAMessageNamingTheProblem() {
        assertThatThrownBy(() -> parse("{\"users\":[{\"username\":\"a\",\"password\":\"p\"}]}"))
                .hasMessageContaining("needs a sub");
        assertThatThrownBy(() -> parse("{\"packages\":{}}")).hasMessageContaining("no \"users\" array");
        assertThatThrownBy(() -> parse("{\"users\":[")).hasMessageContaining("is not valid");
        assertThatThrownBy(() -> parse(
                "{\"users\":[{\"username\":\"a\",\"password\":\"p\",\"sub\":\"s\",\"packages\":[\"x\"]}]}"))
                .hasMessageContaining("unknown package x");
    }

    private static UserDirectory parse(String json) throws Exception {
        return JsonUserDirectoryAdapter.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
