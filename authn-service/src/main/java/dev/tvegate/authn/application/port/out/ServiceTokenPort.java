package dev.tvegate.authn.application.port.out;

import io.smallrye.mutiny.Uni;

/** authn-service's own access token (client credentials, scope {@code internal}) for calls to registration. */
public interface ServiceTokenPort {

    /** @return a token valid for at least one more minute (cached until then) */
    Uni<String> token();

    /** Forgets the cached token (e.g. after registration refused it); the next {@link #token()} fetches a new one. */
    void invalidate();
}
