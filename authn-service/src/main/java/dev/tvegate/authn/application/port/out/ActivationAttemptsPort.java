package dev.tvegate.authn.application.port.out;

import java.time.Duration;

import io.smallrye.mutiny.Uni;

/**
 * Failed code look-ups on the activation page per client, counted in a fixed window shared by all replicas, so that
 * codes cannot be guessed at scale (RFC 8628 §5.1).
 */
public interface ActivationAttemptsPort {

    /** @return the failed look-ups of {@code clientKey} in its current window (0 if none) */
    Uni<Long> failures(String clientKey);

    /**
     * Counts one failed look-up; the first failure opens a window of {@code window}.
     *
     * @return the failures in the window, this one included
     */
    Uni<Long> recordFailure(String clientKey, Duration window);
}
