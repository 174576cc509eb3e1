package dev.tvegate.registration.domain.error;

/**
 * A legacy v1 signed-requestor header (spec §1.4) that does not authenticate the request. The message says which
 * check failed (it never contains a key or a signature) so that an integrator can fix the client.
 */
public final class LegacyAuthenticationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LegacyAuthenticationException(String reason) {
        super(reason, null, false, false);
    }
}
