package dev.tvegate.drm.application.port.out;

import java.time.Duration;

import io.smallrye.mutiny.Uni;

/** Remembers spent media tokens so each buys one DRM token (Redis {@code SET NX} with the token's remaining life). */
public interface SingleUseLedgerPort {

    /** @return true if this is the first use of {@code tokenId}; false if it was spent before */
    Uni<Boolean> claim(String tokenId, Duration remainingLifetime);
}
