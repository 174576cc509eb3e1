package dev.tvegate.authn.support;

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
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Stands in for registration-service: its JWKS (the public half of an RSA key generated here, with which
 * {@link TestTokens} signs access tokens), its token endpoint (for authn's service token) and the internal
 * configuration of two service providers, {@value #SP} and {@value #OTHER_SP}. Any other service provider is 404.
 */
public class RegistrationStub implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "http://registration.test";
    public static final String KID = "test-key-1";
    public static final String SP = "REF30";
    public static final String OTHER_SP = "OTHER";

    /** Integrations of {@value #SP}. */
    public static final String MVPD = "Cablevision";
    public static final String MVPD_NO_LOGOUT = "NoLogout";
    public static final String MVPD_DISABLED = "Disabled";
    public static final String MVPD_TEMPPASS = "TempPass_TEST40";
    public static final String MVPD_DEGRADED = "Degraded";
    public static final long MVPD_AUTHN_TTL_SECONDS = 86_400;
    public static final long DEGRADED_AUTHN_TTL_SECONDS = 3_600;
    public static final String MVPD_LOGOUT_URL = "https://mvpd.test/oidc/logout";

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
        return Map.of("tvegate.authn.registration-url", url, "tvegate.authn.registration-issuer", ISSUER);
    }

    /** (Re)installs every stub: tests that simulate outages call it to recover. */
    public static void stubAll() {
        server.resetAll();
        server.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(jwks())));
        server.stubFor(post(urlEqualTo("/o/client/token"))
                .withRequestBody(containing("client_id=tvegate-internal"))
                .withRequestBody(containing("client_secret=dev-internal-secret"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"x\",\"access_token\":\"" + TestTokens.internal()
                                + "\",\"created_at\":0,\"expires_in\":21600,\"token_type\":\"bearer\"}")));
        server.stubFor(get(urlPathMatching("/internal/v1/service-providers/.*/configuration"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"not_found\"}")));
        server.stubFor(get(urlEqualTo("/internal/v1/service-providers/" + SP + "/configuration"))
                .withHeader("Authorization", matching("Bearer .+"))
                .atPriority(1)
                .willReturn(okJson(configuration())));
        server.stubFor(get(urlEqualTo("/internal/v1/service-providers/" + OTHER_SP + "/configuration"))
                .withHeader("Authorization", matching("Bearer .+"))
                .atPriority(1)
                .willReturn(okJson(otherConfiguration())));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static String configuration() {
        return """
                {"serviceProvider":{"id":"REF30","name":"Reference site","domains":["adobe.com","tvegate.dev"]},
                 "integrations":[
                  {"mvpdId":"Cablevision","enabled":true,"authnTtlSeconds":86400,"authzTtlSeconds":3600,
                   "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"claim",
                   "mvpd":{"id":"Cablevision","displayName":"Optimum","logoUrl":"https://mvpd.test/logo.png",
                    "protocol":"oidc","isTempPass":false,
                    "endpoints":{"issuer":"https://mvpd.test","clientId":"tvegate","clientSecret":"s3cret",
                     "scopes":["openid"],"entitlementUrl":null,"logoutUrl":"%s"}}},
                  {"mvpdId":"NoLogout","enabled":true,"authnTtlSeconds":86400,"authzTtlSeconds":3600,
                   "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"claim",
                   "mvpd":{"id":"NoLogout","displayName":"No Logout TV","protocol":"oidc","isTempPass":false,
                    "endpoints":{"issuer":"https://nologout.test","clientId":"tvegate","clientSecret":"s3cret",
                     "scopes":["openid"]}}},
                  {"mvpdId":"Disabled","enabled":false,"authnTtlSeconds":86400,"authzTtlSeconds":3600,
                   "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"claim",
                   "mvpd":{"id":"Disabled","displayName":"Gone TV","protocol":"oidc","isTempPass":false,
                    "endpoints":{"issuer":"https://gone.test","clientId":"tvegate","clientSecret":"s3cret"}}},
                  {"mvpdId":"TempPass_TEST40","enabled":true,"authnTtlSeconds":600,"authzTtlSeconds":600,
                   "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"claim",
                   "mvpd":{"id":"TempPass_TEST40","displayName":"Temp Pass","protocol":"temppass","isTempPass":true,
                    "tempPass":{"ttlSeconds":600,"promotional":false,"resourceLimit":0,"identityKey":null}}},
                  {"mvpdId":"Degraded","enabled":true,"authnTtlSeconds":3600,"authzTtlSeconds":3600,
                   "degradation":"AuthNAll","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"claim",
                   "mvpd":{"id":"Degraded","displayName":"Degraded TV","protocol":"oidc","isTempPass":false,
                    "endpoints":{"issuer":"https://degraded.test","clientId":"tvegate","clientSecret":"s3cret",
                     "logoutUrl":"https://degraded.test/logout"}}}
                 ]}
                """.formatted(MVPD_LOGOUT_URL);
    }

    static String otherConfiguration() {
        return """
                {"serviceProvider":{"id":"OTHER","name":"Other site","domains":["other.test"]},
                 "integrations":[
                  {"mvpdId":"Cablevision","enabled":true,"authnTtlSeconds":86400,"authzTtlSeconds":3600,
                   "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                   "entitlementMode":"claim",
                   "mvpd":{"id":"Cablevision","displayName":"Optimum","protocol":"oidc","isTempPass":false,
                    "endpoints":{"issuer":"https://mvpd.test","clientId":"tvegate","clientSecret":"s3cret"}}}]}
                """;
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
