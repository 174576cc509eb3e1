package dev.tvegate.support.rest;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.vertx.core.http.HttpServerRequest;

/**
 * The edge half of spec §7 throttling, shared by the services' request filters: which paths a service throttles, who
 * the client is, and the 429 answer (a {@code text/html} body like Adobe's, {@code Retry-After} in whole seconds,
 * {@code Cache-Control: no-store}). Not a filter itself: each service keeps its own
 * {@code @ServerRequestFilter(preMatching = true)} method, which asks its throttle use case and hands the verdict
 * here, so a service without throttling (or with another kind) simply has no such filter.
 * <p>
 * When the bucket store fails open, a WARN goes to the service's logger at most once every 30 s.
 */
public final class ThrottleResponses {

    static final String BODY = """
            <html>
            <head><title>429 Too Many Requests</title></head>
            <body>
            <center><h1>429 Too Many Requests</h1></center>
            <hr><center>tvegate</center>
            </body>
            </html>
            """;
    private static final long WARN_INTERVAL_NANOS = 30_000_000_000L;

    private final Pattern throttledPaths;
    private final Logger log;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_INTERVAL_NANOS);

    /**
     * @param throttledPaths the request paths (from {@code /}) this service throttles, matched whole
     * @param log the service filter's logger
     */
    public ThrottleResponses(Pattern throttledPaths, Logger log) {
        this.throttledPaths = throttledPaths;
        this.log = log;
    }

    /** @return whether spec §7 throttles this path (of this service) */
    public boolean throttles(String path) {
        return throttledPaths.matcher(path).matches();
    }

    /** @return the client's IP: the first {@code X-Forwarded-For} entry, else the peer address */
    public static String clientIp(ContainerRequestContext context, HttpServerRequest request) {
        return ClientAddress.of(context.getHeaderString(ClientAddress.FORWARDED_FOR),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
    }

    /**
     * @param path the request path, for the debug line of a refusal
     * @param allowed the verdict
     * @param retryAfterMillis when refused, the time until the client may try again
     * @param failedOpen admitted only because the bucket store did not answer
     * @return null to let the request through, else the 429
     */
    public Response answer(String path, boolean allowed, long retryAfterMillis, boolean failedOpen) {
        if (failedOpen) {
            warnFailedOpen();
        }
        if (allowed) {
            return null;
        }
        log.debugf("429 on %s", path);
        long seconds = Math.max(1, (retryAfterMillis + 999) / 1000);
        return Response.status(429)
                .type("text/html")
                .header("Retry-After", Long.toString(seconds))
                .header("Cache-Control", "no-store")
                .entity(BODY)
                .build();
    }

    private void warnFailedOpen() {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn("Throttling is failing open: Redis did not answer in time; requests pass unthrottled "
                    + "(next warning in 30 s at the earliest)");
        }
    }
}
