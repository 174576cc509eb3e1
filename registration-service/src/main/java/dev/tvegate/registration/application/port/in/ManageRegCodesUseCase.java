package dev.tvegate.registration.application.port.in;

import dev.tvegate.registration.domain.model.RegCode;
import io.smallrye.mutiny.Uni;

/**
 * REST v1 registration codes (spec §6.2, §6.3). Failures: {@code EnhancedErrorException} {@code invalid_requestor}
 * (400) for an unknown requestor, {@code V1StatusException} 404 for an unknown, expired or foreign code.
 */
public interface ManageRegCodesUseCase {

    /** Creates a code that Redis forgets after the command's TTL. */
    Uni<RegCode> create(CreateRegCodeCommand command);

    /** @param code the code as typed (normalised: case, spaces and dashes do not matter) */
    Uni<RegCode> get(String requestor, String code);

    /** Deletes a code, freeing it for reuse. */
    Uni<Void> delete(String requestor, String code);
}
