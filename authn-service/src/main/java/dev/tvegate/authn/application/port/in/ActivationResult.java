package dev.tvegate.authn.application.port.in;

import java.util.List;
import java.util.Objects;

/** What the activation page shows next. */
public sealed interface ActivationResult {

    /**
     * The code is valid: show the service and its TV providers.
     *
     * @param code the normalised code
     * @param serviceProvider the SP id
     * @param serviceProviderName the SP's display name
     * @param providers the MVPDs the viewer may sign in with (enabled, needing a sign-in), in registration's order
     * @param chosenMvpd the MVPD the app already chose (then {@code providers} holds just that one), else null
     */
    record ChooseProvider(String code, String serviceProvider, String serviceProviderName,
            List<ProviderOption> providers, String chosenMvpd) implements ActivationResult {
        public ChooseProvider {
            Objects.requireNonNull(code, "code");
            providers = List.copyOf(providers);
        }
    }

    /** The session is complete: continue to {@code /api/v2/authenticate/{serviceProvider}/{code}}. */
    record Continue(String serviceProvider, String code) implements ActivationResult {
        public Continue {
            Objects.requireNonNull(serviceProvider, "serviceProvider");
            Objects.requireNonNull(code, "code");
        }
    }

    /** The page shows the code form again with the problem's message. */
    record Rejected(Problem problem, String typedCode) implements ActivationResult {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** Why a code or a choice was refused. */
    enum Problem {
        /** Nothing typed, or not a code's length and alphabet. Not counted as a failed attempt. */
        MALFORMED_CODE,
        /** No such code, or it expired. Counted as a failed attempt. */
        UNKNOWN_CODE,
        /** Too many failed attempts from this client recently. */
        TOO_MANY_ATTEMPTS,
        /** The chosen MVPD is not offered for this service (any more). */
        PROVIDER_NOT_AVAILABLE,
        /** The service offers no TV provider to sign in with, or has no domain: an operator must fix it. */
        SERVICE_NOT_READY
    }

    /** An MVPD on the picker. {@code logoUrl} may be null. */
    record ProviderOption(String id, String displayName, String logoUrl) {
        public ProviderOption {
            Objects.requireNonNull(id, "id");
            displayName = displayName == null || displayName.isBlank() ? id : displayName;
        }
    }
}
