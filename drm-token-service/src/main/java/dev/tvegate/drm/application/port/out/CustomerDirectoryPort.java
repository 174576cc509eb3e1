package dev.tvegate.drm.application.port.out;

import java.util.Optional;

import dev.tvegate.drm.domain.model.Customer;
import io.smallrye.mutiny.Uni;

/** Finds DRM customers on the token hot path (implementations cache; admin changes show within seconds). */
public interface CustomerDirectoryPort {

    /** @return the customer with this numeric id (the part of an authenticator before the comma), if any */
    Uni<Optional<Customer>> find(long customerId);
}
