package dev.tvegate.support.auth;

/** Scope values of registration's access tokens that the services check. */
public final class Scopes {
    /** REST API v2 (and v1) for client applications. */
    public static final String API_CLIENT_V2 = "api:client:v2";
    /** Management operations (admin APIs, e.g. authn's TempPass reset). */
    public static final String ADMIN = "admin";
    /** Service-to-service {@code /internal/…} calls. */
    public static final String INTERNAL = "internal";

    private Scopes() {
    }
}
