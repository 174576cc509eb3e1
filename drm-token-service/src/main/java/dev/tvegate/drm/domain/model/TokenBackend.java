package dev.tvegate.drm.domain.model;

import java.util.Optional;

/** Who mints a customer's tokens: ExpressPlay itself (forwarded through a guarded adapter) or TVE Gate. */
public enum TokenBackend {
    EXPRESSPLAY("expressplay"),
    LOCAL("local");

    private final String id;

    TokenBackend(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<TokenBackend> fromId(String id) {
        for (TokenBackend b : values()) {
            if (b.id.equals(id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
