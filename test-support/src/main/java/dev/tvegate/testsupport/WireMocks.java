package dev.tvegate.testsupport;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** Start/stop of the WireMock servers the services' {@code QuarkusTestResourceLifecycleManager}s hold. */
public final class WireMocks {

    private WireMocks() {
    }

    /** @return a started WireMock server on a free port */
    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    /** @return {@code http://localhost:<port>} of {@code server} */
    public static String baseUrl(WireMockServer server) {
        return "http://localhost:" + server.port();
    }

    /** Stops {@code server} if it was started. */
    public static void stop(WireMockServer server) {
        if (server != null) {
            server.stop();
        }
    }
}
