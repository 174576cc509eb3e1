package dev.tvegate.authz.application.port.out;

import io.smallrye.mutiny.Uni;

/** authz-service's own access token (client credentials, scope {@code internal}) for calls to registration. */
public interface ServiceTokenPort {

    /** @return a token valid for at least one more minute (cached until then) */
    Uni<String> token();

    /** Forgets the cached token (e.g. after registration refused it); the next {@link #token()} fetches a new one. */
    void invalidate();
}
