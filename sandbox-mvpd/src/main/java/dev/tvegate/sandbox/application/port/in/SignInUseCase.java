package dev.tvegate.sandbox.application.port.in;

/** Checks the credentials typed into the login form and answers the client with a code. */
public interface SignInUseCase {

    SignInResult signIn(SignInCommand command);

    /**
     * @param requestId the pending-request id from the form
     * @param username what was typed into the user field
     * @param password what was typed into the password field
     * @param cancel whether the user pressed Cancel
     */
    record SignInCommand(String requestId, String username, String password, boolean cancel) {

        @Override
        public String toString() {
            return "SignInCommand[username=" + username + ", cancel=" + cancel + "]";
        }
    }

    /** Why the form is shown again. */
    enum Failure {
        /** A field was left empty. */
        MISSING_FIELDS,
        /** Unknown user or wrong password (not told apart). */
        WRONG_CREDENTIALS,
        /** Too many failures recently. */
        LOCKED
    }

    /** The outcome of a sign-in attempt. */
    sealed interface SignInResult {
    }

    /** Go back to the client: with a code on success, with {@code access_denied} on cancel. */
    record Redirect(String location) implements SignInResult {
    }

    /** Show the form again with a message. */
    record ShowLoginAgain(LoginForm form, Failure failure) implements SignInResult {
    }

    /** The form is unknown or has expired: the user must start again from the app. */
    record Expired() implements SignInResult {
    }
}
