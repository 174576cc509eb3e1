package dev.tvegate.authn.application.port.out;

import java.util.Optional;

import dev.tvegate.authn.domain.model.RegistrationCode;
import io.smallrye.mutiny.Uni;

/** v1 registration codes, owned by registration-service (spec §6.2, {@code GET /reggie/v1/{requestor}/regcode/{code}}). */
public interface RegCodePort {

    /**
     * @return the record, empty when the code is unknown, expired or belongs to another requestor; fails when
     *         registration cannot be reached
     */
    Uni<Optional<RegistrationCode>> find(String requestor, String code);
}
