package dev.tvegate.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * WireMock stand-ins for the registration-service endpoints the other services call. A service's own
 * {@code QuarkusTestResourceLifecycleManager} holds the server ({@link WireMocks}) and picks the stubs it needs.
 */
public final class RegistrationStubs {

    private RegistrationStubs() {
    }

    /** {@code GET /.well-known/jwks.json}: the public half of {@link TestKeys}. */
    public static void jwks(WireMockServer server) {
        server.stubFor(get(urlEqualTo(TestKeys.JWKS_PATH)).willReturn(okJson(TestKeys.jwks())));
    }

    /**
     * {@code POST /o/client/token} with the %test service client {@code tvegate-internal} / {@code dev-internal-secret}:
     * an {@link AccessTokens#internal() internal} token.
     */
    public static void serviceToken(WireMockServer server) {
        server.stubFor(post(urlEqualTo("/o/client/token"))
                .withRequestBody(containing("client_id=" + AccessTokens.INTERNAL_CLIENT_ID))
                .withRequestBody(containing("client_secret=dev-internal-secret"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"x\",\"access_token\":\"" + AccessTokens.internal()
                                + "\",\"created_at\":0,\"expires_in\":21600,\"token_type\":\"bearer\"}")));
    }

    /** {@code GET /internal/v1/service-providers/<any>/configuration}: 404, at low priority. */
    public static void noConfigurations(WireMockServer server) {
        server.stubFor(get(urlPathMatching("/internal/v1/service-providers/.*/configuration")).atPriority(10)
                .willReturn(notFound()));
    }

    /** {@code GET /internal/v1/service-providers/<sp>/configuration} with a bearer token: {@code json}. */
    public static void configuration(WireMockServer server, String sp, String json) {
        server.stubFor(get(urlEqualTo("/internal/v1/service-providers/" + sp + "/configuration"))
                .withHeader("Authorization", matching("Bearer .+")).atPriority(1)
                .willReturn(okJson(json)));
    }

    /** @return a JSON 404 {@code {"error":"not_found"}}, as the internal APIs answer */
    public static ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"not_found\"}");
    }
}
