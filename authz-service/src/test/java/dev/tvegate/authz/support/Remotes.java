package dev.tvegate.authz.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.tvegate.testsupport.RegistrationStubs;
import dev.tvegate.testsupport.TestKeys;
import dev.tvegate.testsupport.WireMocks;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * One WireMock server standing in for everything authz calls: registration-service (JWKS, token endpoint, internal
 * configuration of {@value #SP}), authn-service (internal profiles: 404 unless a test stubs one) and the MVPDs'
 * entitlement endpoints ({@code /mvpd/<name>/entitlements}, stubbed per test).
 */
public class Remotes implements QuarkusTestResourceLifecycleManager {

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

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = WireMocks.start();
        stubAll();
        String url = WireMocks.baseUrl(server);
        return Map.of("tvegate.authz.registration-url", url, "tvegate.authz.registration-issuer", TestKeys.ISSUER,
                "tvegate.authz.authn-url", url);
    }

    /** (Re)installs the registration stubs and the authn 404 default; MVPD stubs are the tests' own. */
    public static void stubAll() {
        server.resetAll();
        RegistrationStubs.jwks(server);
        RegistrationStubs.serviceToken(server);
        RegistrationStubs.noConfigurations(server);
        RegistrationStubs.configuration(server, SP, configuration(WireMocks.baseUrl(server)));
        server.stubFor(get(urlPathMatching("/internal/v1/profiles/.*")).atPriority(10)
                .willReturn(RegistrationStubs.notFound()));
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
        WireMocks.stop(server);
    }

}
