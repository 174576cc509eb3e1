package dev.tvegate.drm.application.port.out;

import java.util.Optional;

import dev.tvegate.drm.domain.model.ContentKey;
import io.smallrye.mutiny.Uni;

/** TVE Gate's key storage: content keys by {@code kid}, per customer, encrypted at rest. */
public interface ContentKeyPort {

    /** @param kid as the request names it (32 hex digits, any case, or {@code ^name}) */
    Uni<Optional<ContentKey>> find(long customerId, String kid);
}
