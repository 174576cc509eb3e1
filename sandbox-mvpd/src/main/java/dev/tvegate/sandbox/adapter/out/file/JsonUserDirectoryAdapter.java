package dev.tvegate.sandbox.adapter.out.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.sandbox.application.port.out.UserDirectoryPort;
import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.model.UserDirectory;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Reads the users file once at start-up: {@code {"users":[{username, password, sub, attributes, packages}],
 * "packages":{name:[channel ids]}}}. A broken file stops the start-up with a message naming the problem.
 */
public final class JsonUserDirectoryAdapter implements UserDirectoryPort {

    /** The demo users file on the classpath, used when no file is configured. */
    public static final String CLASSPATH_FILE = "sandbox-users.json";

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsersFile(List<UserEntry> users, Map<String, List<String>> packages) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserEntry(String username, String password, String sub, Map<String, Object> attributes,
            List<String> packages) {
    }

    private final UserDirectory directory;
    private final String source;

    private JsonUserDirectoryAdapter(UserDirectory directory, String source) {
        this.directory = directory;
        this.source = source;
    }

    /** @return the directory read from {@code file}, or from the classpath file when empty */
    public static JsonUserDirectoryAdapter load(Optional<Path> file) {
        if (file.isPresent()) {
            try (InputStream in = Files.newInputStream(file.get())) {
                return new JsonUserDirectoryAdapter(parse(in, file.get().toString()), file.get().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read users file " + file.get(), e);
            }
        }
        try (InputStream in = JsonUserDirectoryAdapter.class.getClassLoader().getResourceAsStream(CLASSPATH_FILE)) {
            if (in == null) {
                throw new IllegalStateException("no users file configured and no " + CLASSPATH_FILE + " on the classpath");
            }
            return new JsonUserDirectoryAdapter(parse(in, "classpath:" + CLASSPATH_FILE), "classpath:" + CLASSPATH_FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + CLASSPATH_FILE, e);
        }
    }

    /** @return the directory described by the JSON in {@code in} */
    static UserDirectory parse(InputStream in, String source) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        UsersFile file;
        try {
            file = mapper.readValue(in, UsersFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("users file " + source + " is not valid: " + e.getOriginalMessage(), e);
        }
        if (file == null || file.users() == null) {
            throw new IllegalArgumentException("users file " + source + " has no \"users\" array");
        }
        try {
            List<User> users = file.users().stream()
                    .map(u -> u == null ? null : new User(u.username(), u.password(), u.sub(), u.attributes(), u.packages()))
                    .toList();
            if (users.contains(null)) {
                throw new IllegalArgumentException("a user entry is null");
            }
            return new UserDirectory(users, file.packages() == null ? Map.of() : file.packages());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("users file " + source + ": " + e.getMessage(), e);
        }
    }

    @Override
    public UserDirectory directory() {
        return directory;
    }

    /** @return where the users came from, for the start-up log */
    public String source() {
        return source;
    }
}
