package dev.tvegate.registration.domain.model;

/** Scope values carried by access tokens. */
public final class Scopes {
    /** REST API v2 (and v1) for client applications, as in Adobe's samples. */
    public static final String API_CLIENT_V2 = "api:client:v2";
    /** The admin API {@code /admin/v1/…} and management operations (TempPass reset). */
    public static final String ADMIN = "admin";
    /** Service-to-service {@code /internal/…} calls between TVE Gate services. */
    public static final String INTERNAL = "internal";

    private Scopes() {
    }
}
