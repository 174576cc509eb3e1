package dev.tvegate.support.auth;

/** No valid bearer token on an admin or internal endpoint: 401 {@code {"error":"invalid_token","message":…}}. */
public final class NotAuthorizedProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAuthorizedProblem(String message) {
        super(message, null, false, false);
    }
}
