package dev.tvegate.registration.domain.error;

/**
 * Error codes of the DCR endpoints (spec §1.2, §1.3; RFC 7591 §3.2.2 and RFC 6749 §5.2). All are answered with 400 and
 * {@code {"error":"<code>","error_description":"…"}}.
 */
public enum OAuthError {
    /** Missing, unsupported, repeated or malformed parameter; more than one client authentication mechanism. */
    INVALID_REQUEST("invalid_request"),
    /** Unknown client, wrong secret, or the client's application was revoked: the client must re-register. */
    INVALID_CLIENT("invalid_client"),
    /** The client may not use this grant: its application has no service provider. */
    UNAUTHORIZED_CLIENT("unauthorized_client"),
    /** {@code grant_type} other than {@code client_credentials}. */
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type"),
    /** {@code redirect_uri} not absolute or not within the application's domains. */
    INVALID_REDIRECT_URI("invalid_redirect_uri"),
    /** The software statement is not a statement signed by this service. */
    INVALID_SOFTWARE_STATEMENT("invalid_software_statement"),
    /** The statement's application does not exist (any more) or was revoked. */
    UNAPPROVED_SOFTWARE_STATEMENT("unapproved_software_statement");

    private final String code;

    OAuthError(String code) {
        this.code = code;
    }

    /** @return the wire value of {@code error} */
    public String code() {
        return code;
    }
}
