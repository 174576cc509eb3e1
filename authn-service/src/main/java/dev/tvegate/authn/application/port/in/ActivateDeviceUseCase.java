package dev.tvegate.authn.application.port.in;

import io.smallrye.mutiny.Uni;

/**
 * The activation page (second-screen web app, cookbook step 3 option 2): a viewer types the code shown on the TV,
 * picks a TV provider and continues to its sign-in. Code look-ups are rate limited per client IP (RFC 8628 §5.1).
 */
public interface ActivateDeviceUseCase {

    /**
     * Looks up a typed code. With {@code continueIfChosen} and a session whose MVPD is already known, the missing
     * domain and redirect URL are filled in and the result is {@link ActivationResult.Continue} (no picker).
     */
    Uni<ActivationResult> lookup(ActivationLookupCommand command);

    /** Resumes the session of {@code code} with the chosen MVPD and answers where to continue. */
    Uni<ActivationResult> choose(ChooseProviderCommand command);
}
