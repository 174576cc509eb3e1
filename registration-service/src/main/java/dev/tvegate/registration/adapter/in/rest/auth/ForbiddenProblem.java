package dev.tvegate.registration.adapter.in.rest.auth;

/** A valid token without the scope an endpoint needs: 403 {@code {"error":"insufficient_scope","message":…}}. */
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
