package dev.tvegate.sandbox.domain.model;

/**
 * An OAuth 2.0 / OpenID Connect error: the registered {@code error} code and a human-readable description.
 *
 * @param error the error code (one of the constants)
 * @param description the {@code error_description}, never containing secrets
 */
public record OAuthError(String error, String description) {

    // RFC 6749 §4.1.2.1 (authorization endpoint) and §5.2 (token endpoint)
    public static final String INVALID_REQUEST = "invalid_request";
    public static final String INVALID_CLIENT = "invalid_client";
    public static final String INVALID_GRANT = "invalid_grant";
    public static final String UNAUTHORIZED_CLIENT = "unauthorized_client";
    public static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";
    public static final String UNSUPPORTED_RESPONSE_TYPE = "unsupported_response_type";
    public static final String INVALID_SCOPE = "invalid_scope";
    public static final String ACCESS_DENIED = "access_denied";
    public static final String SERVER_ERROR = "server_error";
    public static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";
    // OpenID Connect Core §3.1.2.6
    public static final String LOGIN_REQUIRED = "login_required";
    public static final String REQUEST_NOT_SUPPORTED = "request_not_supported";
    public static final String REQUEST_URI_NOT_SUPPORTED = "request_uri_not_supported";
    // RFC 6750 §3.1 (userinfo)
    public static final String INVALID_TOKEN = "invalid_token";

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(INVALID_REQUEST, description);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(INVALID_GRANT, description);
    }

    public static OAuthError invalidClient(String description) {
        return new OAuthError(INVALID_CLIENT, description);
    }
}
