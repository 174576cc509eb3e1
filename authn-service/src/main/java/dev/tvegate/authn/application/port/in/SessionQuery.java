package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.authn.domain.model.TempPassIdentity;

/**
 * A session (or the profile it produced) looked up by its code, as typed.
 *
 * @param tempPassIdentity the decoded {@code AP-TempPass-Identity} header (polling a promotional TempPass session),
 *        absent when not sent
 */
public record SessionQuery(String serviceProvider, ClientContext client, String code,
        TempPassIdentity tempPassIdentity) {
    public SessionQuery {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(client, "client");
        tempPassIdentity = Objects.requireNonNullElse(tempPassIdentity, TempPassIdentity.absent());
    }

    /** A query without {@code AP-TempPass-Identity}. */
    public SessionQuery(String serviceProvider, ClientContext client, String code) {
        this(serviceProvider, client, code, null);
    }
}
