package dev.tvegate.support.auth;

/** A valid token without the scope an admin or internal endpoint needs: 403 {@code insufficient_scope}. */
public final class ForbiddenProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String requiredScope;

    public ForbiddenProblem(String requiredScope, String message) {
        super(message, null, false, false);
        this.requiredScope = requiredScope;
    }

    public String requiredScope() {
        return requiredScope;
    }
}
