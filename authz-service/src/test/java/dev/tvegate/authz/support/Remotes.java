package dev.tvegate.authz.support;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * One WireMock server standing in for everything authz calls: registration-service (JWKS, token endpoint, internal
 * configuration of {@value #SP}), authn-service (internal profiles: 404 unless a test stubs one) and the MVPDs'
 * entitlement endpoints ({@code /mvpd/<name>/entitlements}, stubbed per test).
 */
public class Remotes implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "http://registration.test";
    public static final String KID = "test-key-1";
    public static final String SP = "REF30";

    /** mvpd-endpoint entitlements, no degradation. */
    public static final String MVPD = "Cablevision";
    /** profile-claim entitlements. */
    public static final String CLAIM_MVPD = "ClaimTV";
    /** standing AuthZAll. */
    public static final String ALL_MVPD = "AllTV";
    /** standing AuthZNone. */
    public static final String NONE_MVPD = "NoneTV";
    /** mvpd-endpoint with AuthZAll applied only while the breaker is open. */
    public static final String FLAKY_MVPD = "FlakyTV";
    public static final String DISABLED_MVPD = "Disabled";
    /** A promotional TempPass pseudo-MVPD (authn's internal TempPass API is stubbed per test). */
    public static final String TEMPPASS_MVPD = "TempPass_TEST40";

    private static final KeyPair KEYS = generate();
    private static WireMockServer server;

    static PrivateKey privateKey() {
        return KEYS.getPrivate();
    }

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        stubAll();
        String url = "http://localhost:" + server.port();
        return Map.of("tvegate.authz.registration-url", url, "tvegate.authz.registration-issuer", ISSUER,
                "tvegate.authz.authn-url", url);
    }

    /** (Re)installs the registration stubs and the authn 404 default; MVPD stubs are the tests' own. */
    public static void stubAll() {
        server.resetAll();
        server.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(jwks())));
        server.stubFor(post(urlEqualTo("/o/client/token"))
                .withRequestBody(containing("client_id=tvegate-internal"))
                .withRequestBody(containing("client_secret=dev-internal-secret"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"x\",\"access_token\":\"" + TestTokens.internal()
                                + "\",\"created_at\":0,\"expires_in\":21600,\"token_type\":\"bearer\"}")));
        server.stubFor(get(urlPathMatching("/internal/v1/service-providers/.*/configuration")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"not_found\"}")));
        server.stubFor(get(urlEqualTo("/internal/v1/service-providers/" + SP + "/configuration"))
                .withHeader("Authorization", matching("Bearer .+")).atPriority(1)
                .willReturn(okJson(configuration("http://localhost:" + server.port()))));
        server.stubFor(get(urlPathMatching("/internal/v1/profiles/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"not_found\"}")));
    }

    /** Stubs authn's answer for (MVPD, device): a regular profile of {@code userId} with these attributes. */
    public static void profile(String mvpd, String deviceId, String type, String attributesJson) {
        profile(TestTokens.CLIENT_ID, mvpd, deviceId, type, attributesJson);
    }

    /** Same for another client id (REST v1 tokens use {@code v1:<requestor>}). */
    public static void profile(String clientId, String mvpd, String deviceId, String type, String attributesJson) {
        long now = System.currentTimeMillis();
        server.stubFor(get(urlPathEqualTo("/internal/v1/profiles/" + SP + "/" + mvpd))
                .withQueryParam("deviceId", equalTo(deviceId))
                .withQueryParam("clientId", equalTo(clientId))
                .withHeader("Authorization", matching("Bearer .+")).atPriority(1)
                .willReturn(okJson("{\"mvpd\":\"" + mvpd + "\",\"serviceProvider\":\"" + SP + "\",\"clientId\":\""
                        + clientId + "\",\"profile\":{\"notBefore\":" + (now - 60_000) + ",\"notAfter\":"
                        + (now + 86_400_000) + ",\"issuer\":\"" + mvpd + "\",\"type\":\"" + type
                        + "\",\"attributes\":" + attributesJson + "}}")));
    }

    static String configuration(String base) {
        return """
                {"serviceProvider":{"id":"REF30","name":"Reference site","domains":["tvegate.dev"]},
                 "integrations":[
                  %s, %s, %s, %s, %s,
                  {"mvpdId":"TempPass_TEST40","enabled":true,"authnTtlSeconds":600,"authzTtlSeconds":600,
                   "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"profile-claim",
                   "mvpd":{"id":"TempPass_TEST40","displayName":"Temp Pass","protocol":"temppass","isTempPass":true,
                    "tempPass":{"ttlSeconds":600,"promotional":true,"resourceLimit":1,"identityKey":"email"}}},
                  {"mvpdId":"Disabled","enabled":false,"authnTtlSeconds":86400,"authzTtlSeconds":3600,
                   "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"profile-claim",
                   "mvpd":{"id":"Disabled","displayName":"Gone TV","protocol":"oidc","isTempPass":false}}
                 ]}
                """.formatted(integration(MVPD, "mvpd-endpoint", "none", false, base),
                integration(CLAIM_MVPD, "profile-claim", "none", false, base),
                integration(ALL_MVPD, "mvpd-endpoint", "AuthZAll", false, base),
                integration(NONE_MVPD, "mvpd-endpoint", "AuthZNone", false, base),
                integration(FLAKY_MVPD, "mvpd-endpoint", "AuthZAll", true, base));
    }

    private static String integration(String mvpd, String mode, String degradation, boolean onBreaker, String base) {
        return """
                {"mvpdId":"%1$s","enabled":true,"authnTtlSeconds":86400,"authzTtlSeconds":3600,
                 "degradation":"%3$s","degradationOnBreakerOpen":%4$s,"preflightMaxResources":5,
                 "entitlementMode":"%2$s",
                 "mvpd":{"id":"%1$s","displayName":"%1$s","protocol":"oidc","isTempPass":false,
                  "endpoints":{"issuer":"https://mvpd.test","clientId":"tvegate","clientSecret":"s3cret",
                   "scopes":["openid"],"entitlementUrl":"%5$s/mvpd/%1$s/entitlements"}}}
                """.formatted(mvpd, mode, degradation, onBreaker, base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static String jwks() {
        RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KID + "\",\"n\":\""
                + b64(key.getModulus()) + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\"}]}";
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
