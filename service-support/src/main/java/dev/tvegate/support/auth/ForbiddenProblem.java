package dev.tvegate.support.auth;

/** A valid token without the scope an admin or internal endpoint needs: 403 {@code insufficient_scope}. */
public final class ForbiddenProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String requiredScope;

    public ForbiddenProblem(String requiredScope, String message) {
        super(message, null, false, false);
        this.requiredScope = requiredScope;
    }

    /** @return the problem for a valid token without {@code scope} */
    public static ForbiddenProblem lacking(String scope) {
        return new ForbiddenProblem(scope, "The access token lacks scope '" + scope + "'");
    }

    public String requiredScope() {
        return requiredScope;
    }
}
