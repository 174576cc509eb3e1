package dev.tvegate.authn.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.tvegate.testsupport.RegistrationStubs;
import dev.tvegate.testsupport.TestKeys;
import dev.tvegate.testsupport.WireMocks;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in for registration-service: its JWKS (the public half of test-support's {@link TestKeys}, with which
 * {@link TestTokens} signs access tokens), its token endpoint (for authn's service token) and the internal
 * configuration of two service providers, {@value #SP} and {@value #OTHER_SP}. Any other service provider is 404.
 */
public class RegistrationStub implements QuarkusTestResourceLifecycleManager {

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

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = WireMocks.start();
        stubAll();
        String url = WireMocks.baseUrl(server);
        return Map.of("tvegate.authn.registration-url", url, "tvegate.authn.registration-issuer", TestKeys.ISSUER);
    }

    /** (Re)installs every stub: tests that simulate outages call it to recover. */
    public static void stubAll() {
        server.resetAll();
        RegistrationStubs.jwks(server);
        RegistrationStubs.serviceToken(server);
        RegistrationStubs.noConfigurations(server);
        RegistrationStubs.configuration(server, SP, configuration());
        RegistrationStubs.configuration(server, OTHER_SP, otherConfiguration());
    }

    @Override
    public void stop() {
        WireMocks.stop(server);
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

}
