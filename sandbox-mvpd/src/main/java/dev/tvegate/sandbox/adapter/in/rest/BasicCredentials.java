package dev.tvegate.sandbox.adapter.in.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import dev.tvegate.sandbox.application.port.in.ClientCredentials;

/** Reads {@code Authorization: Basic} client credentials (RFC 6749 §2.3.1: id and secret form-encoded first). */
final class BasicCredentials {

    /** The outcome of reading the header. */
    sealed interface Parsed {
    }

    /** No Basic credentials were sent. */
    record Absent() implements Parsed {
    }

    /** Basic credentials were sent but cannot be read. */
    record Malformed() implements Parsed {
    }

    /** Readable credentials. */
    record Present(ClientCredentials credentials) implements Parsed {
    }

    private BasicCredentials() {
    }

    static Parsed parse(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return new Absent();
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        if (space < 0 || !header.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            return new Absent();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(space + 1).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return new Malformed();
            }
            return new Present(new ClientCredentials(
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return new Malformed();
        }
    }

    /** @return the credentials when present and readable */
    static Optional<ClientCredentials> present(Parsed parsed) {
        return parsed instanceof Present present ? Optional.of(present.credentials()) : Optional.empty();
    }
}
