package dev.tvegate.authn.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The activation page ({@code tvegate.authn.activation.*}); each key is listed in the README's configuration table. */
@ConfigMapping(prefix = "tvegate.authn.activation")
public interface ActivationConfig {

    /** Failed code look-ups a client IP may make per window before the page refuses more (RFC 8628 §5.1). */
    @WithDefault("10")
    int maxFailedAttempts();

    /** The window of {@link #maxFailedAttempts()}; it starts with the first failure. */
    @WithDefault("PT1M")
    Duration failedAttemptsWindow();
}
