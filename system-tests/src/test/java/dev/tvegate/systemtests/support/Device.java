package dev.tvegate.systemtests.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/**
 * A streaming app on one device, as a REST API v2 client (spec §3): its DCR access token, its device id in
 * {@code AP-Device-Identifier} and a device description in {@code X-Device-Info}.
 */
public final class Device {

    private final Suite suite;
    private final Clients.DcrClient client;
    private final String deviceId;
    private final String deviceInfo;

    private Device(Suite suite, Clients.DcrClient client, String deviceId, String deviceInfoJson) {
        this.suite = suite;
        this.client = client;
        this.deviceId = deviceId;
        this.deviceInfo = Base64.getEncoder().encodeToString(deviceInfoJson.getBytes(StandardCharsets.UTF_8));
    }

    /** A TV app with a freshly registered DCR client and a new device id. */
    public static Device tv(Suite suite) {
        return new Device(suite, suite.tenant().registerClient(), "tv-" + UUID.randomUUID(),
                "{\"primaryHardwareType\":\"TV\",\"model\":\"Bravia\",\"version\":\"4.2.1\",\"osName\":\"webOS\","
                        + "\"osVersion\":\"6.0\",\"connectionType\":\"WiFi\"}");
    }

    public String deviceId() {
        return deviceId;
    }

    public Clients.DcrClient client() {
        return client;
    }

    public String sp() {
        return suite.tenant().serviceProvider();
    }

    /** A request to authn-service with the bearer token and the device headers. */
    public RequestSpecification authn() {
        return given().baseUri(suite.authnUrl()).header("Authorization", client.bearer())
                .header("AP-Device-Identifier", "fingerprint "
                        + Base64.getEncoder().encodeToString(deviceId.getBytes(StandardCharsets.UTF_8)))
                .header("X-Device-Info", deviceInfo).redirects().follow(false);
    }

    /** A request to authz-service with the bearer token and the device headers. */
    public RequestSpecification authz() {
        return given().baseUri(suite.authzUrl()).header("Authorization", client.bearer())
                .header("AP-Device-Identifier", "fingerprint "
                        + Base64.getEncoder().encodeToString(deviceId.getBytes(StandardCharsets.UTF_8)))
                .header("X-Device-Info", deviceInfo).redirects().follow(false);
    }

    /** {@code POST /api/v2/{sp}/decisions/{kind}/{mvpd}} with {@code {"resources":[…]}} (kind: authorize, preauthorize). */
    public Response decide(String kind, String mvpd, String... resources) {
        return authz().contentType(ContentType.JSON).body(Map.of("resources", java.util.List.of(resources)))
                .post("/api/v2/{sp}/decisions/{kind}/{mvpd}", sp(), kind, mvpd);
    }

    /**
     * The first-screen sign-in over plain HTTP (as {@code FirstScreenFlowIT}): a session for {@code mvpd}, the web view
     * follows it to the sandbox, {@code username} signs in, the browser lands back on the app.
     *
     * @return the session's code (the app polls {@code /profiles/code/{code}} with it)
     */
    public String signIn(String mvpd, String username, String password) {
        Response session = createSession(mvpd, "localhost", suite.appReturnUrl());
        session.then().statusCode(200);
        String code = session.path("code");
        UserAgent browser = new UserAgent();
        UserAgent.Page loginForm = browser.follow(browser.get(suite.authnUrl() + session.path("url")));
        if (loginForm.status() != 200) {
            throw new AssertionError("no login form: " + loginForm.status() + " " + loginForm.text());
        }
        UserAgent.Page toCallback = browser.signInAtSandbox(loginForm, username, password);
        UserAgent.Page toApp = browser.get(toCallback.location());
        if (toApp.status() != 302 || !suite.appReturnUrl().equals(toApp.location())) {
            throw new AssertionError("sign-in did not return to the app: " + toApp.status() + " " + toApp.text());
        }
        return code;
    }

    /** {@code POST /api/v2/{sp}/sessions}; {@code null} values are left out (the parameter is missing). */
    public Response createSession(String mvpd, String domainName, String redirectUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        if (mvpd != null) {
            form.put("mvpd", mvpd);
        }
        if (domainName != null) {
            form.put("domainName", domainName);
        }
        if (redirectUrl != null) {
            form.put("redirectUrl", redirectUrl);
        }
        RequestSpecification request = authn().contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8));
        if (!form.isEmpty()) {
            request = request.formParams(form);
        }
        return request.post("/api/v2/{sp}/sessions", sp());
    }

    /** The polling endpoint a TV calls after showing the code (spec §4.6). */
    public Response profileByCode(String code) {
        return authn().get("/api/v2/{sp}/profiles/code/{code}", sp(), code);
    }

    public Response profile(String mvpd) {
        return authn().get("/api/v2/{sp}/profiles/{mvpd}", sp(), mvpd);
    }

    public Response profiles() {
        return authn().get("/api/v2/{sp}/profiles", sp());
    }

    public Response logout(String mvpd, String redirectUrl) {
        return authn().queryParam("redirectUrl", redirectUrl).get("/api/v2/{sp}/logout/{mvpd}", sp(), mvpd);
    }
}
