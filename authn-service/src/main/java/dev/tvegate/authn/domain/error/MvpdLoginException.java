package dev.tvegate.authn.domain.error;

import java.util.Objects;

/**
 * An MVPD login (spec §4.5, the user-agent flow) that cannot go on. The {@link Reason} says what the user is told and
 * with which HTTP status: the web layer renders a plain HTML page for it, never JSON and never the detail, which is
 * for the log only (it may name endpoints or claims, never secrets or tokens).
 */
public final class MvpdLoginException extends RuntimeException {

    /** Why the login stopped; the order of the constants is irrelevant. */
    public enum Reason {
        /** The code is unknown or expired, or belongs to another service provider. */
        SESSION_NOT_FOUND(400),
        /** The session still lacks mvpd, domainName or redirectUrl. */
        SESSION_INCOMPLETE(400),
        /** The MVPD has no enabled integration with the service provider (or the SP does not exist). */
        MVPD_NOT_AVAILABLE(400),
        /** The OIDC state is unknown, expired or was already used (a replayed or forged callback). */
        STATE_UNKNOWN(400),
        /** The callback lacks the authorization code, or names another issuer (RFC 9207 mix-up defence). */
        CALLBACK_INVALID(400),
        /** The user declined or cancelled at the MVPD ({@code error=access_denied}). */
        ACCESS_DENIED(400),
        /** The MVPD answered the callback with another OAuth error. */
        MVPD_ERROR(502),
        /** The MVPD's token endpoint refused the code (4xx, e.g. {@code invalid_grant}). */
        MVPD_REFUSED(502),
        /** The ID token failed verification (signature, issuer, audience, nonce, expiry…). */
        ID_TOKEN_INVALID(502),
        /** The MVPD cannot be reached: network error, timeout, 5xx, or its circuit breaker is open. */
        MVPD_UNAVAILABLE(503),
        /** registration-service cannot be reached and no configuration copy is cached. */
        CONFIGURATION_UNAVAILABLE(503),
        /** The MVPD is misconfigured (unknown protocol, missing endpoints): an operator must fix it. */
        CONFIGURATION_ERROR(500);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        /** @return the HTTP status of the error page */
        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final String serviceProvider;
    private final String code;

    public MvpdLoginException(Reason reason, String detail) {
        this(reason, detail, null, null, null);
    }

    public MvpdLoginException(Reason reason, String detail, Throwable cause) {
        this(reason, detail, cause, null, null);
    }

    private MvpdLoginException(Reason reason, String detail, Throwable cause, String serviceProvider, String code) {
        super(detail, cause, false, cause != null);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.serviceProvider = serviceProvider;
        this.code = code;
    }

    /**
     * @return the same failure, remembering the session it happened in so that the page can offer to start the
     *         sign-in again (only for failures after which the session is still usable)
     */
    public MvpdLoginException inSession(String serviceProvider, String code) {
        return new MvpdLoginException(reason, getMessage(), getCause(), serviceProvider, code);
    }

    /** @return why the login stopped */
    public Reason reason() {
        return reason;
    }

    /** @return the service provider of the session, when the sign-in can be started again; else null */
    public String serviceProvider() {
        return serviceProvider;
    }

    /** @return the authentication code of the session, when the sign-in can be started again; else null */
    public String code() {
        return code;
    }
}
