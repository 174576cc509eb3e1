package dev.tvegate.registration.application.port.out;

import java.time.Duration;

import io.smallrye.mutiny.Uni;

/** Remembers the nonces of legacy signed requests so that each is accepted once (Redis {@code SET NX PX}). */
public interface NonceStorePort {
    /** @return {@code true} if the nonce was unused and is now claimed for {@code ttl}; {@code false} if replayed */
    Uni<Boolean> claim(String nonce, Duration ttl);
}
