package dev.tvegate.authz.application.port.out;

import java.util.Optional;

import dev.tvegate.authz.domain.model.SpConfiguration;
import io.smallrye.mutiny.Uni;

/**
 * A service provider's configuration, owned by registration-service. Implementations cache it (about 2 minutes) and
 * serve the last good copy while registration is unreachable.
 */
public interface ConfigurationPort {

    /**
     * @return the configuration, or empty if the service provider does not exist; fails only when registration is
     *         unreachable and no copy was ever fetched
     */
    Uni<Optional<SpConfiguration>> find(String serviceProvider);
}
