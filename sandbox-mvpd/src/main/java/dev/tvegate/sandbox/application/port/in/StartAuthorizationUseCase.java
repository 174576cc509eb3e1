package dev.tvegate.sandbox.application.port.in;

/** Validates an authorization request (OpenID Connect Core §3.1.2.2) and, if it is good, opens a login form. */
public interface StartAuthorizationUseCase {

    AuthorizeResult start(RequestParameters parameters);

    /** The outcome of an authorization request. */
    sealed interface AuthorizeResult {
    }

    /** The request is valid: show the login form. */
    record ShowLogin(LoginForm form) implements AuthorizeResult {
    }

    /** The request is invalid but the redirect URI is trusted: send the error back to the client. */
    record RedirectWithError(String location) implements AuthorizeResult {
    }

    /** The client or redirect URI cannot be trusted: show an error page and never redirect. */
    record Reject(String message) implements AuthorizeResult {
    }
}
