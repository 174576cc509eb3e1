package dev.tvegate.authz.adapter.in.rest;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.tvegate.authz.application.port.in.ThrottleRequestUseCase;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Throttling (spec §7) of the paths of this service that Adobe throttles: {@code /api/v2/…} (decisions) and the v1
 * {@code /api/v1/authorize…}, {@code /api/v1/preauthorize…}, {@code /api/v1/tokens/authz…},
 * {@code /api/v1/tokens/media…}, {@code /api/v1/mediatoken…}. The JWKS, health and metrics are not throttled.
 * Buckets live in authz's Redis ({@code authz:throttle:<ip>}), shared by its replicas. The client is its IP: the first
 * {@code X-Forwarded-For} entry (servers calling on behalf of devices must
 * forward the device IP, as with Adobe), else the peer address. Refused requests get 429 with a {@code text/html}
 * body like Adobe's and a {@code Retry-After} header in whole seconds.
 * <p>
 * {@code X-Forwarded-For} is trusted as Adobe trusts it: run the service behind a proxy that sets it.
 */
public class ThrottleFilter {

    private static final Logger LOG = Logger.getLogger(ThrottleFilter.class);
    private static final Pattern THROTTLED = Pattern
            .compile("/(api/v2/.+|api/v1/(authorize|preauthorize|tokens/authz|tokens/media|mediatoken)(/.*|\\..*)?)");
    private static final long WARN_INTERVAL_NANOS = 30_000_000_000L;
    static final String BODY = """
            <html>
            <head><title>429 Too Many Requests</title></head>
            <body>
            <center><h1>429 Too Many Requests</h1></center>
            <hr><center>tvegate</center>
            </body>
            </html>
            """;

    private final ThrottleRequestUseCase useCase;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

    public ThrottleFilter(ThrottleRequestUseCase useCase) {
        this.useCase = useCase;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> throttle(ContainerRequestContext context, HttpServerRequest request) {
        String path = context.getUriInfo().getPath();
        if (!throttled(path)) {
            return Uni.createFrom().nullItem();
        }
        String ip = ClientAddress.of(context.getHeaderString(ClientAddress.FORWARDED_FOR),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        return useCase.admit(ip).map(verdict -> {
            if (verdict.failedOpen()) {
                warnFailedOpen();
            }
            if (verdict.allowed()) {
                return null;
            }
            LOG.debugf("429 on %s", path);
            long seconds = Math.max(1, (verdict.retryAfterMillis() + 999) / 1000);
            return Response.status(429)
                    .type("text/html")
                    .header("Retry-After", Long.toString(seconds))
                    .header("Cache-Control", "no-store")
                    .entity(BODY)
                    .build();
        });
    }

    /** @return whether spec §7 throttles this path (of this service) */
    static boolean throttled(String path) {
        return THROTTLED.matcher(path).matches();
    }

    private void warnFailedOpen() {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Throttling is failing open: Redis did not answer in time; requests pass unthrottled "
                    + "(next warning in 30 s at the earliest)");
        }
    }
}
