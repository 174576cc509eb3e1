package dev.tvegate.registration.application.port.out;

import java.time.Duration;
import java.util.Optional;

import dev.tvegate.registration.domain.model.RegCode;
import io.smallrye.mutiny.Uni;

/** v1 registration codes; the store sets the TTL itself (Redis {@code SET … PX}), there is no sweeper. */
public interface RegCodeStorePort {
    /** Stores the record only if its code is free. @return {@code false} on a code collision */
    Uni<Boolean> putIfAbsent(RegCode regCode, Duration ttl);

    Uni<Optional<RegCode>> find(String code);

    Uni<Boolean> delete(String code);
}
