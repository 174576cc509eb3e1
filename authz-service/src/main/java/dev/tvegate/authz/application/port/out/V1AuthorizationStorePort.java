package dev.tvegate.authz.application.port.out;

import java.util.Optional;

import dev.tvegate.authz.domain.model.V1Authorization;
import io.smallrye.mutiny.Uni;

/** REST v1 AuthZ tokens per (requestor, device, resource), remembered a while past expiry (for 410). */
public interface V1AuthorizationStorePort {
    Uni<Void> save(String deviceId, V1Authorization authorization);

    /** @return the token, expired or not (empty: never granted, or forgotten) */
    Uni<Optional<V1Authorization>> find(String requestor, String deviceId, String resource);
}
