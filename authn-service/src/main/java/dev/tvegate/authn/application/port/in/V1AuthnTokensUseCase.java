package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * REST v1 AuthN tokens (spec §6.2): {@code checkauthn}, {@code checkauthn/{code}}, {@code tokens/authn},
 * {@code logout}, {@code authenticate/freepreview}. The caller is already authenticated for the requestor.
 */
public interface V1AuthnTokensUseCase {

    /** @return the device's AuthN token, or why there is none */
    Uni<V1AuthnStatus> status(V1DeviceQuery query);

    /** @return whether the device behind registration code {@code code} now holds a valid AuthN token */
    Uni<Boolean> authenticatedByRegCode(String requestor, String code);

    /** Removes the device's AuthN tokens (and tells authz to forget its authorizations); no MVPD logout. */
    Uni<Void> logout(V1DeviceQuery query);

    /**
     * TempPass on v1: a temporary AuthN token for the device (no second screen).
     *
     * @throws dev.tvegate.kernel.error.EnhancedErrorException 400 for a bad MVPD / domain / identity; 403 when the
     *         trial is used up
     */
    Uni<Void> freePreview(FreePreviewCommand command);
}
