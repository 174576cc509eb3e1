package dev.tvegate.drm.domain.service;

import java.time.Clock;
import java.util.Objects;

import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.TokenGrant;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * Validates the DRM-specific parameters of a token request (spec §3.1, §5.1, §5.2) and turns them into a
 * {@link TokenGrant}. The caller has already authenticated the customer and read {@code errorFormat}.
 */
public final class TokenRequestValidator {

    private final Clock clock;

    public TokenRequestValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws TokenRequestException with the ExpressPlay code of the first rule the request breaks */
    public TokenGrant validate(DrmSystem drm, TokenParameters parameters) {
        throw new UnsupportedOperationException("not built yet");
    }
}
