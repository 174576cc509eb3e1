package dev.tvegate.drm.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.tvegate.testsupport.RegistrationStubs;
import dev.tvegate.testsupport.TestKeys;
import dev.tvegate.testsupport.WireMocks;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * One WireMock server standing in for everything drm-token calls. Out of the box it serves registration-service's
 * access-token JWKS (test-support's {@link TestKeys}, with which {@link TestTokens} signs) and authz-service's
 * media-token JWKS ({@link MediaTokens}); tests add their own stubs
 * (authz's media-token JWKS, ExpressPlay's token hosts, …) on {@link #server()} and call {@link #reset()} to go back
 * to the defaults. Register it once, for every {@code @QuarkusTest}, with
 * {@code @QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)} so that the suite boots once.
 */
public class Remotes implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** @return the WireMock base URL ({@code http://localhost:<port>}) */
    public static String baseUrl() {
        return WireMocks.baseUrl(server);
    }

    @Override
    public Map<String, String> start() {
        server = WireMocks.start();
        reset();
        return Map.of("tvegate.drm.admin.registration-url", baseUrl(), "tvegate.drm.admin.registration-issuer",
                TestKeys.ISSUER, "tvegate.drm.gate.jwks-url", baseUrl() + MediaTokens.JWKS_PATH);
    }

    /** Drops every test stub and reinstalls registration's JWKS. */
    public static void reset() {
        server.resetAll();
        RegistrationStubs.jwks(server);
        server.stubFor(get(urlEqualTo(MediaTokens.JWKS_PATH)).willReturn(okJson(MediaTokens.jwks())));
    }

    @Override
    public void stop() {
        WireMocks.stop(server);
    }

}
