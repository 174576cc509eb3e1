package dev.tvegate.sandbox.application.port.in;

/** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0). */
public interface EndSessionUseCase {

    EndSessionResult endSession(RequestParameters parameters);

    /** The outcome of a logout request. */
    sealed interface EndSessionResult {
    }

    /** Go to the registered post-logout redirect URI. */
    record RedirectTo(String location) implements EndSessionResult {
    }

    /** Show the "signed out" page. */
    record SignedOut(String clientName) implements EndSessionResult {
    }

    /** The request cannot be honoured (bad hint, unregistered redirect): show an error page, never redirect. */
    record Rejected(String message) implements EndSessionResult {
    }
}
