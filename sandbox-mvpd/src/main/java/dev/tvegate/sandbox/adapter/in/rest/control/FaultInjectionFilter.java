package dev.tvegate.sandbox.adapter.in.rest.control;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Applies the configured faults before a request reaches its endpoint: waits {@code delayMs} (on a Vert.x timer,
 * never blocking a thread), then, with probability {@code failRate}, answers {@code failStatus}.
 */
public class FaultInjectionFilter {

    private static final Map<String, String> ENDPOINT_BY_PATH = Map.of(
            ".well-known/openid-configuration", "discovery",
            "authorize", "authorize",
            "token", "token",
            "jwks", "jwks",
            "userinfo", "userinfo",
            "logout", "logout",
            "entitlements", "entitlements",
            "logo.svg", "logo");

    private final FaultSettings settings;
    private final Vertx vertx;

    FaultInjectionFilter(FaultSettings settings, Vertx vertx) {
        this.settings = settings;
        this.vertx = vertx;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> inject(ContainerRequestContext request) {
        FaultSettings.Faults faults = settings.current();
        if (faults == null || !faults.applyTo(endpointOf(request.getUriInfo().getPath()))) {
            return Uni.createFrom().nullItem();
        }
        Uni<Void> delay = faults.delayMs() <= 0
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().emitter(emitter -> vertx.setTimer(faults.delayMs(), id -> emitter.complete(null)));
        return delay.map(ignored -> fails(faults)
                ? Response.status(faults.failStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("error", "temporarily_unavailable", "error_description",
                                "fault injected by sandbox-mvpd"))
                        .build()
                : null);
    }

    private static boolean fails(FaultSettings.Faults faults) {
        return faults.failStatus() > 0 && ThreadLocalRandom.current().nextDouble() < faults.failRate();
    }

    static String endpointOf(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return ENDPOINT_BY_PATH.get(p);
    }
}
