package dev.tvegate.support.auth;

/** No valid bearer token on an admin or internal endpoint: 401 {@code {"error":"invalid_token","message":…}}. */
public final class NotAuthorizedProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAuthorizedProblem(String message) {
        super(message, null, false, false);
    }

    /** @return the problem for a request whose {@code Authorization} header carried no valid bearer token */
    public static NotAuthorizedProblem forHeader(String authorizationHeader) {
        return new NotAuthorizedProblem(authorizationHeader == null || authorizationHeader.isBlank()
                ? "A bearer access token is required"
                : "The access token is missing, invalid or expired");
    }
}
