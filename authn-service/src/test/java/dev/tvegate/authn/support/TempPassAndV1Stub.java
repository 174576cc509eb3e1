package dev.tvegate.authn.support;

import java.util.UUID;

import dev.tvegate.testsupport.Devices;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Adds two service providers to {@link RegistrationStub}'s configuration (call before each test: other tests reset
 * the stubs) and serves v1 registration codes:
 * <ul>
 * <li>{@value #TP_SP}: TempPass MVPDs — basic ({@value #BASIC}, 600 s), short ({@value #SHORT}, 2 s), promotional
 * ({@value #PROMO}, 3600 s, 2 resources, identity key {@code email}), broken ({@value #BROKEN}, no rule) — and a
 * real one ({@value #REAL});</li>
 * <li>{@value #V1_SP}: {@link MvpdStub}'s OIDC provider as {@value #V1_MVPD} and a 2-second TempPass
 * {@value #V1_TEMPPASS}.</li>
 * </ul>
 */
public final class TempPassAndV1Stub {

    public static final String TP_SP = "TP30";
    public static final String TP_DOMAIN = "tp.tvegate.dev";
    public static final String BASIC = "TempPass_Basic";
    public static final String SHORT = "TempPass_Short";
    public static final String PROMO = "TempPass_Promo";
    public static final String BROKEN = "TempPass_Broken";
    public static final String REAL = "RealTV";
    public static final long BASIC_TTL_SECONDS = 600;
    public static final long SHORT_TTL_SECONDS = 2;
    public static final int PROMO_LIMIT = 2;

    public static final String V1_SP = "V1REQ";
    public static final String V1_DOMAIN = "v1.tvegate.dev";
    public static final String V1_MVPD = "SandboxTV";
    public static final String V1_TEMPPASS = "TempPass_V1";
    public static final long V1_AUTHN_TTL_SECONDS = 3_600;

    private TempPassAndV1Stub() {
    }

    public static void installConfiguration() {
        RegistrationStub.server().stubFor(get(urlEqualTo("/internal/v1/service-providers/" + TP_SP + "/configuration"))
                .withHeader("Authorization", matching("Bearer .+"))
                .atPriority(1)
                .willReturn(okJson("""
                        {"serviceProvider":{"id":"TP30","name":"TempPass Channel","domains":["%1$s"]},
                         "integrations":[
                          %2$s, %3$s, %4$s,
                          {"mvpdId":"TempPass_Broken","enabled":true,"authnTtlSeconds":600,"authzTtlSeconds":600,
                           "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                           "entitlementMode":"claim",
                           "mvpd":{"id":"TempPass_Broken","displayName":"Broken","protocol":"temppass",
                            "isTempPass":true}},
                          {"mvpdId":"RealTV","enabled":true,"authnTtlSeconds":3600,"authzTtlSeconds":3600,
                           "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                           "entitlementMode":"claim",
                           "mvpd":{"id":"RealTV","displayName":"Real TV","protocol":"oidc","isTempPass":false,
                            "endpoints":{"issuer":"%5$s","clientId":"tvegate","clientSecret":"sandbox-secret",
                             "scopes":["openid"]}}}
                         ]}
                        """.formatted(TP_DOMAIN, tempPass(BASIC, BASIC_TTL_SECONDS, false, 0),
                        tempPass(SHORT, SHORT_TTL_SECONDS, false, 0), tempPass(PROMO, 3600, true, PROMO_LIMIT),
                        MvpdStub.issuer()))));
        RegistrationStub.server().stubFor(get(urlEqualTo("/internal/v1/service-providers/" + V1_SP + "/configuration"))
                .withHeader("Authorization", matching("Bearer .+"))
                .atPriority(1)
                .willReturn(okJson("""
                        {"serviceProvider":{"id":"V1REQ","name":"V1 Channel","domains":["%1$s"]},
                         "integrations":[
                          {"mvpdId":"SandboxTV","enabled":true,"authnTtlSeconds":%3$d,"authzTtlSeconds":3600,
                           "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                           "entitlementMode":"claim",
                           "mvpd":{"id":"SandboxTV","displayName":"Sandbox TV","protocol":"oidc","isTempPass":false,
                            "endpoints":{"issuer":"%2$s","clientId":"tvegate","clientSecret":"sandbox-secret",
                             "scopes":["openid","profile"]}}},
                          %4$s
                         ]}
                        """.formatted(V1_DOMAIN, MvpdStub.issuer(), V1_AUTHN_TTL_SECONDS,
                        tempPass(V1_TEMPPASS, SHORT_TTL_SECONDS, false, 0)))));
    }

    private static String tempPass(String id, long ttlSeconds, boolean promotional, int limit) {
        return """
                {"mvpdId":"%1$s","enabled":true,"authnTtlSeconds":%2$d,"authzTtlSeconds":%2$d,
                 "degradation":"none","degradationOnBreakerOpen":false,"preflightMaxResources":5,
                 "entitlementMode":"claim",
                 "mvpd":{"id":"%1$s","displayName":"Try it","protocol":"temppass","isTempPass":true,
                  "tempPass":{"ttlSeconds":%2$d,"promotional":%3$s,"resourceLimit":%4$d,"identityKey":%5$s}}}
                """.formatted(id, ttlSeconds, promotional, limit, promotional ? "\"email\"" : "null");
    }

    /**
     * Registration serves {@code code} for {@value #V1_SP} (JSON, to authn's service token); any other code is 404.
     *
     * @param mvpd the MVPD the device pre-selected, may be null
     */
    public static void regCode(String code, String deviceId, String mvpd) {
        long now = System.currentTimeMillis();
        RegistrationStub.server().stubFor(get(urlPathEqualTo("/reggie/v1/" + V1_SP + "/regcode/" + code))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson("""
                        {"id":"%s","code":"%s","requestor":"V1REQ",%s"generated":%d,"expires":%d,
                         "info":{"deviceId":"%s","deviceInfo":"%s","userAgent":"Roku/DVP-9.10",
                          "authorizationType":"OAUTH2"}}
                        """.formatted(UUID.randomUUID(), code, mvpd == null ? "" : "\"mvpd\":\"" + mvpd + "\",", now,
                        now + 1_800_000, deviceId, Devices.tvInfo()))));
    }
}
