package dev.tvegate.authn.support;

import java.util.Map;

import org.jose4j.jwk.RsaJsonWebKey;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.tvegate.authn.adapter.out.oidc.IdTokens;
import dev.tvegate.testsupport.WireMocks;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Stands in for an OpenID Connect MVPD (discovery, JWKS; tests stub the token endpoint per authorization code) and
 * adds the service provider {@value #SP}, whose integrations point at it, to {@link RegistrationStub}'s
 * configuration. ID tokens are signed with {@link #KEY}.
 */
public class MvpdStub implements QuarkusTestResourceLifecycleManager {

    public static final String SP = "LOGIN30";
    public static final String MVPD = "SandboxTV";
    public static final String OTHER_MVPD = "OtherTV";
    public static final String TEMPPASS = "TempPass_LOGIN";
    public static final String CLIENT_ID = "tvegate";
    public static final String CLIENT_SECRET = "sandbox-secret";
    public static final String DOMAIN = "login.tvegate.dev";
    public static final String LOGO = "https://logos.tvegate.dev/sandbox.svg";
    public static final long AUTHN_TTL_SECONDS = 7_200;
    public static final RsaJsonWebKey KEY = IdTokens.rsaKey("mvpd-key-1");

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** @return the MVPD's issuer (its base URL) */
    public static String issuer() {
        return WireMocks.baseUrl(server);
    }

    @Override
    public Map<String, String> start() {
        server = WireMocks.start();
        stubProvider();
        return Map.of();
    }

    @Override
    public void stop() {
        WireMocks.stop(server);
    }

    /** (Re)installs discovery and JWKS, forgetting every token stub and the request log. */
    public static void stubProvider() {
        server.resetAll();
        String issuer = issuer();
        server.stubFor(get(urlEqualTo("/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout","response_types_supported":["code"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"]}
                """.formatted(issuer))));
        server.stubFor(get(urlEqualTo("/jwks")).willReturn(okJson(IdTokens.jwks(KEY))));
    }

    /** Adds {@value #SP}'s configuration to the registration stub (call before each test: its stubs get reset). */
    public static void installConfiguration() {
        String issuer = issuer();
        RegistrationStub.server().stubFor(get(urlEqualTo("/internal/v1/service-providers/" + SP + "/configuration"))
                .withHeader("Authorization", matching("Bearer .+"))
                .atPriority(1)
                .willReturn(okJson("""
                        {"serviceProvider":{"id":"LOGIN30","name":"Login Channel","domains":["%2$s"]},
                         "integrations":[
                          {"mvpdId":"SandboxTV","enabled":true,"authnTtlSeconds":%3$d,"authzTtlSeconds":3600,
                           "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                           "entitlementMode":"claim",
                           "mvpd":{"id":"SandboxTV","displayName":"Sandbox TV","logoUrl":"%4$s",
                            "protocol":"oidc","isTempPass":false,
                            "endpoints":{"issuer":"%1$s","clientId":"tvegate","clientSecret":"sandbox-secret",
                             "scopes":["openid","profile"],"entitlementUrl":null,"logoutUrl":null}}},
                          {"mvpdId":"OtherTV","enabled":true,"authnTtlSeconds":3600,"authzTtlSeconds":3600,
                           "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                           "entitlementMode":"claim",
                           "mvpd":{"id":"OtherTV","displayName":"Other <TV> & Co","logoUrl":"javascript:alert(1)",
                            "protocol":"oidc","isTempPass":false,
                            "endpoints":{"issuer":"%1$s","clientId":"tvegate","clientSecret":"sandbox-secret",
                             "scopes":["openid"]}}},
                          {"mvpdId":"TempPass_LOGIN","enabled":true,"authnTtlSeconds":600,"authzTtlSeconds":600,
                           "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                           "entitlementMode":"claim",
                           "mvpd":{"id":"TempPass_LOGIN","displayName":"Try it free","protocol":"temppass",
                            "isTempPass":true,
                            "tempPass":{"ttlSeconds":600,"promotional":false,"resourceLimit":0,"identityKey":null}}}
                         ]}
                        """.formatted(issuer, DOMAIN, AUTHN_TTL_SECONDS, LOGO))));
    }
}
