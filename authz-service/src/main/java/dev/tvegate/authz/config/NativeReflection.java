package dev.tvegate.authz.config;

import dev.tvegate.authz.domain.model.CachedDecision;
import dev.tvegate.authz.domain.model.V1Authorization;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Records that adapters (de)serialize with a plain ObjectMapper: registered here so native images keep them. */
@RegisterForReflection(targets = { CachedDecision.class, V1Authorization.class })
public final class NativeReflection {
    private NativeReflection() {
    }
}
