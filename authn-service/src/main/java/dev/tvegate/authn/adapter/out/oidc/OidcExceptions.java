package dev.tvegate.authn.adapter.out.oidc;

/** What can go wrong talking to an OpenID Connect MVPD, before it is turned into a login failure. */
final class OidcExceptions {

    private OidcExceptions() {
    }

    /**
     * The MVPD cannot serve the request right now: 5xx, or (thrown by Vert.x, not this class) a connection
     * failure. Counts against the circuit breaker.
     */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The MVPD refused the request (4xx, e.g. {@code invalid_grant} for a code already used or expired). The MVPD
     * is up: this does not count against the circuit breaker, and retrying does not help.
     */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** The MVPD answered with something that is not what the protocol demands (not JSON, no ID token…). */
    static final class InvalidResponse extends RuntimeException {
        InvalidResponse(String message) {
            super(message, null, false, false);
        }

        InvalidResponse(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    /** The MVPD's configuration in TVE Gate or its discovery document cannot work (an operator must fix it). */
    static final class Misconfigured extends RuntimeException {
        Misconfigured(String message) {
            super(message, null, false, false);
        }
    }
}
