package dev.tvegate.authz.adapter.in.rest;

import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.tvegate.authz.application.port.in.ThrottleRequestUseCase;
import dev.tvegate.support.rest.ThrottleResponses;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Throttling (spec §7) of the paths of this service that Adobe throttles: {@code /api/v2/…} (decisions) and the v1
 * {@code /api/v1/authorize…}, {@code /api/v1/preauthorize…}, {@code /api/v1/tokens/authz…},
 * {@code /api/v1/tokens/media…}, {@code /api/v1/mediatoken…}. The JWKS, health and metrics are not throttled.
 * Buckets live in authz's Redis ({@code authz:throttle:<ip>}), shared by its replicas. The client is its IP: the first
 * {@code X-Forwarded-For} entry (servers calling on behalf of devices must
 * forward the device IP, as with Adobe), else the peer address. Refused requests get the 429 of
 * {@link ThrottleResponses}.
 * <p>
 * {@code X-Forwarded-For} is trusted as Adobe trusts it: run the service behind a proxy that sets it.
 */
public class ThrottleFilter {

    private static final Pattern THROTTLED = Pattern
            .compile("/(api/v2/.+|api/v1/(authorize|preauthorize|tokens/authz|tokens/media|mediatoken)(/.*|\\..*)?)");

    private final ThrottleRequestUseCase useCase;
    private final ThrottleResponses responses = new ThrottleResponses(THROTTLED, Logger.getLogger(ThrottleFilter.class));

    public ThrottleFilter(ThrottleRequestUseCase useCase) {
        this.useCase = useCase;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> throttle(ContainerRequestContext context, HttpServerRequest request) {
        String path = context.getUriInfo().getPath();
        if (!throttled(path)) {
            return Uni.createFrom().nullItem();
        }
        return useCase.admit(ThrottleResponses.clientIp(context, request)).map(
                verdict -> responses.answer(path, verdict.allowed(), verdict.retryAfterMillis(), verdict.failedOpen()));
    }

    /** @return whether spec §7 throttles this path (of this service) */
    static boolean throttled(String path) {
        return THROTTLED.matcher(path).matches();
    }
}
