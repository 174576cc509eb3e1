package dev.tvegate.drm.application.port.out;

import java.util.Optional;

import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.TokenSealingKey;
import io.smallrye.mutiny.Uni;

/** The per-customer, rotatable AES-256 keys that seal {@code local} tokens. */
public interface TokenSealingKeyPort {

    /** @return the newest key of the customer in that environment, created (CSPRNG) if it has none yet */
    Uni<TokenSealingKey> current(long customerId, Environment environment);

    /** @return the key with this id, if it still exists (rotated-out keys stay until deleted) */
    Uni<Optional<TokenSealingKey>> find(long customerId, int keyId);
}
