package dev.tvegate.systemtests.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/**
 * The tenant the system tests use, provisioned through registration's admin API exactly as an operator would: a
 * service provider with its domains, the sandbox MVPD (OIDC) and a TempPass MVPD with a short trial, their
 * integrations, and a registered application whose software statement registers a DCR client. Ids carry the run id,
 * so runs never clash (also with a concurrent run on the same database); {@link #remove()} deletes it all again.
 */
public final class Tenant {

    /** TempPass trial length: the shortest registration accepts. */
    public static final long TEMPPASS_TTL_SECONDS = 60;
    /** Resources a promotional TempPass trial allows. */
    public static final long TEMPPASS_RESOURCE_LIMIT = 2;

    private final Suite suite;
    private final String serviceProvider;
    private final String sandboxMvpd;
    private final String tempPassMvpd;
    private final String promoTempPassMvpd;
    private final String degradedMvpd;
    private final List<String> domains;
    private String adminToken;
    private String applicationId;
    private String softwareStatement;
    private String legacyPublicKey;
    private String legacyPrivateKey;
    private final List<String> createdMvpds = new ArrayList<>();
    private boolean spCreated;

    private Tenant(Suite suite) {
        this.suite = suite;
        String run = suite.runId();
        this.serviceProvider = "ST-" + run;
        this.sandboxMvpd = "Sandbox_" + run;
        this.tempPassMvpd = "TempPass_" + run;
        this.promoTempPassMvpd = "TempPassPromo_" + run;
        this.degradedMvpd = "SandboxDegraded_" + run;
        this.domains = List.of("localhost", "st-" + run.toLowerCase() + ".tvegate.test");
    }

    static Tenant provision(Suite suite) {
        return Clients.createOrUndo(new Tenant(suite), Tenant::create, Tenant::remove);
    }

    private void create() {
        adminToken = Clients.token(suite.registrationUrl(), "tvegate-admin", suite.adminSecret());

        admin().body(Map.of("id", serviceProvider, "name", "System tests " + suite.runId(), "domains", domains))
                .post("/admin/v1/service-providers").then().statusCode(201);
        spCreated = true;

        Map<String, Object> endpoints = new LinkedHashMap<>();
        endpoints.put("issuer", suite.sandboxUrl());
        endpoints.put("clientId", Suite.SANDBOX_CLIENT_ID);
        endpoints.put("clientSecret", Suite.SANDBOX_CLIENT_SECRET);
        endpoints.put("scopes", List.of("openid", "profile", "email"));
        endpoints.put("entitlementUrl", suite.sandboxUrl() + "/entitlements");
        mvpd(Map.of("id", sandboxMvpd, "displayName", "Sandbox TV", "logoUrl", suite.sandboxUrl() + "/logo.svg",
                "protocol", "oidc", "endpoints", endpoints));
        // the same sandbox again, as an MVPD whose integration degrades to AuthZAll while its breaker is open
        mvpd(Map.of("id", degradedMvpd, "displayName", "Sandbox TV (degradable)", "logoUrl",
                suite.sandboxUrl() + "/logo.svg", "protocol", "oidc", "endpoints", endpoints));
        mvpd(Map.of("id", tempPassMvpd, "displayName", "Free preview (1 min)", "protocol", "temppass",
                "tempPass", Map.of("ttlSeconds", TEMPPASS_TTL_SECONDS)));
        mvpd(Map.of("id", promoTempPassMvpd, "displayName", "Promotional preview", "protocol", "temppass",
                "tempPass", Map.of("ttlSeconds", 3600, "promotional", true, "resourceLimit", TEMPPASS_RESOURCE_LIMIT,
                        "identityKey", "email")));

        admin().body(Map.of("authnTtlSeconds", 86_400, "authzTtlSeconds", 3_600, "entitlementMode", "mvpd-endpoint"))
                .put("/admin/v1/service-providers/" + serviceProvider + "/integrations/" + sandboxMvpd)
                .then().statusCode(201);
        admin().body(Map.of("authnTtlSeconds", 86_400, "authzTtlSeconds", 3_600, "entitlementMode", "mvpd-endpoint",
                "degradation", "AuthZAll", "degradationOnBreakerOpen", true))
                .put("/admin/v1/service-providers/" + serviceProvider + "/integrations/" + degradedMvpd)
                .then().statusCode(201);
        for (String temp : List.of(tempPassMvpd, promoTempPassMvpd)) {
            admin().body(Map.of("authnTtlSeconds", TEMPPASS_TTL_SECONDS, "authzTtlSeconds", TEMPPASS_TTL_SECONDS))
                    .put("/admin/v1/service-providers/" + serviceProvider + "/integrations/" + temp)
                    .then().statusCode(201);
        }

        Response app = admin().body(Map.of("name", "System tests app " + suite.runId(), "version", "1.0.0",
                "platforms", List.of("web", "tvOS"), "serviceProviders", List.of(serviceProvider),
                "domains", List.of("localhost")))
                .post("/admin/v1/applications").then().statusCode(201).extract().response();
        applicationId = app.path("id");
        softwareStatement = app.path("softwareStatement");
        legacyPublicKey = app.path("legacyPublicKey");
        legacyPrivateKey = app.path("legacyPrivateKey");
    }

    private void mvpd(Map<String, Object> body) {
        admin().body(body).post("/admin/v1/mvpds").then().statusCode(201);
        createdMvpds.add((String) body.get("id"));
    }

    /** Deletes the application (and its DCR clients), the service provider (and its integrations), the MVPDs. */
    void remove() {
        if (adminToken == null) {
            return;
        }
        List<String> failures = new ArrayList<>();
        if (applicationId != null) {
            expectDeleted("/admin/v1/applications/" + applicationId, failures);
        }
        if (spCreated) {
            expectDeleted("/admin/v1/service-providers/" + serviceProvider, failures);
        }
        for (String id : createdMvpds) {
            expectDeleted("/admin/v1/mvpds/" + id, failures);
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
    }

    private void expectDeleted(String path, List<String> failures) {
        int status = admin().delete(path).statusCode();
        if (status != 204 && status != 404) {
            failures.add("DELETE " + path + " -> " + status);
        }
    }

    private io.restassured.specification.RequestSpecification admin() {
        return Clients.admin(suite.registrationUrl(), adminToken);
    }

    /** Registers a new DCR client with the application's software statement (spec §1.2). */
    public Clients.DcrClient registerClient() {
        return Clients.register(suite.registrationUrl(), softwareStatement);
    }

    public String serviceProvider() {
        return serviceProvider;
    }

    public String sandboxMvpd() {
        return sandboxMvpd;
    }

    /** The sandbox as a second MVPD whose integration sets AuthZAll + degradationOnBreakerOpen. */
    public String degradedMvpd() {
        return degradedMvpd;
    }

    public String tempPassMvpd() {
        return tempPassMvpd;
    }

    public String promoTempPassMvpd() {
        return promoTempPassMvpd;
    }

    public List<String> domains() {
        return domains;
    }

    public String applicationId() {
        return applicationId;
    }

    public String legacyPublicKey() {
        return legacyPublicKey;
    }

    public String legacyPrivateKey() {
        return legacyPrivateKey;
    }

    public String adminToken() {
        return adminToken;
    }

    /** The application's software statement (what an app sends to {@code /o/client/register}). */
    public String softwareStatement() {
        return softwareStatement;
    }
}
