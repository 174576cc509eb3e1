package dev.tvegate.systemtests.support;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.restassured.specification.RequestSpecification;

/**
 * The DRM customer the system tests use, provisioned through drm-token-service's admin API with the suite's admin
 * token (scope admin from registration), as an operator would: the {@code local} backend, the media-token gate on,
 * the tenant's service provider as its only requestor, a {@code production} authenticator, and one content key
 * {@code ^st-<run>-ref30} bound to {@link #RESOURCE}. {@link #remove()} deletes the customer (with its authenticators
 * and keys).
 */
public final class DrmCustomer {

    /** The resource the stored content key is bound to (alice's "basic" package at the sandbox entitles it). */
    public static final String RESOURCE = "REF30";
    private static final String BASE = "/admin/v1/drm/customers";

    private final Suite suite;
    private final String adminToken;
    private final String kid;
    private final String contentKey;
    private Long id;
    private String authenticator;

    private DrmCustomer(Suite suite, String adminToken) {
        this.suite = suite;
        this.adminToken = adminToken;
        this.kid = "^st-" + suite.runId().toLowerCase() + "-" + RESOURCE.toLowerCase();
        this.contentKey = HexFormat.of().formatHex(Suite.randomBytes(16));
    }

    static DrmCustomer provision(Suite suite) {
        return Clients.createOrUndo(new DrmCustomer(suite, suite.tenant().adminToken()), DrmCustomer::create,
                DrmCustomer::remove);
    }

    private void create() {
        id = admin().body(Map.of("name", "System tests " + suite.runId(), "backend", "local", "drms", List.of("fp"),
                "gateEnabled", true, "requestors", List.of(suite.tenant().serviceProvider())))
                .post(BASE).then().statusCode(201).extract().jsonPath().getLong("id");
        authenticator = admin().body(Map.of("environment", "production", "label", "system tests"))
                .post(BASE + "/{id}/authenticators", id).then().statusCode(201).extract()
                .path("customerAuthenticator");
        admin().body(Map.of("key", contentKey, "resourceId", RESOURCE))
                .put(BASE + "/{id}/content-keys/{kid}", id, kid).then().statusCode(201);
    }

    /** Deletes the customer with its authenticators and keys (204, or 404 when it is already gone). */
    void remove() {
        if (id == null) {
            return;
        }
        int status = admin().delete(BASE + "/{id}", id).statusCode();
        if (status != 204 && status != 404) {
            throw new IllegalStateException("DELETE " + BASE + "/" + id + " -> " + status);
        }
    }

    private RequestSpecification admin() {
        return Clients.admin(suite.drmUrl(), adminToken);
    }

    public long id() {
        return id;
    }

    /** The production {@code customerAuthenticator} ({@code <id>,<32 hex>}), as minted (shown once). */
    public String authenticator() {
        return authenticator;
    }

    /** The stored content key's {@code kid} ({@code ^st-<run>-ref30}). */
    public String kid() {
        return kid;
    }

    /** The stored content key, 32 lower-case hex digits. */
    public String contentKey() {
        return contentKey;
    }
}
