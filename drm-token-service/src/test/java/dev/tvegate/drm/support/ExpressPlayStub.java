package dev.tvegate.drm.support;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import dev.tvegate.testsupport.WireMocks;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A WireMock server standing in for ExpressPlay's production token hosts (fp-gen, wv-gen and pr-gen all point at it;
 * the paths {@code /hms/<fp|wv|pr>/token} tell them apart). Stubs are the tests' own.
 */
public class ExpressPlayStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = WireMocks.start();
        String url = WireMocks.baseUrl(server);
        return Map.of("tvegate.drm.expressplay.production.fp-url", url,
                "tvegate.drm.expressplay.production.wv-url", url,
                "tvegate.drm.expressplay.production.pr-url", url + "/");
    }

    @Override
    public void stop() {
        WireMocks.stop(server);
    }
}
