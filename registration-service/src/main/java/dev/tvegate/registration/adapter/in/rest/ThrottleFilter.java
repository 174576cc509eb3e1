package dev.tvegate.registration.adapter.in.rest;

import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.tvegate.registration.application.port.in.ThrottleRequestUseCase;
import dev.tvegate.support.rest.ThrottleResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Throttling (spec §7) of the paths of this service that Adobe throttles: {@code /o/client/register},
 * {@code /o/client/token}, {@code /o/client/scopes}, {@code /o/client/validate}, {@code /api/v2/…},
 * {@code /api/v1/config/…}, {@code /reggie/v1/{requestor}/regcode…}. The client is its IP: the first
 * {@code X-Forwarded-For} entry (servers calling on behalf of devices must forward the device IP, as with Adobe), else
 * the peer address. Refused requests get the 429 of {@link ThrottleResponses}: a {@code text/html} body like
 * Adobe's and, unlike Adobe (whose sample shows none), a {@code Retry-After} header in whole seconds.
 * <p>
 * {@code X-Forwarded-For} is trusted as Adobe trusts it: run the service behind a proxy that sets it, or a client
 * can pick its own bucket. Metrics: {@code tvegate_throttle_rejected_total}, {@code tvegate_throttle_failed_open_total}.
 */
public class ThrottleFilter {

    private static final Pattern THROTTLED = Pattern.compile(
            "/(o/client/(register|token|scopes|validate)|api/v2/.+|api/v1/config/.+|reggie/v1/[^/]+/regcode.*)");

    private final ThrottleRequestUseCase useCase;
    private final ThrottleResponses responses = new ThrottleResponses(THROTTLED, Logger.getLogger(ThrottleFilter.class));
    private final Counter rejected;
    private final Counter failedOpen;

    public ThrottleFilter(ThrottleRequestUseCase useCase, MeterRegistry meters) {
        this.useCase = useCase;
        this.rejected = Counter.builder("tvegate.throttle.rejected")
                .description("Requests answered 429 by the per-client throttle").register(meters);
        this.failedOpen = Counter.builder("tvegate.throttle.failed.open")
                .description("Requests let through unthrottled because Redis did not answer").register(meters);
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> throttle(ContainerRequestContext context, HttpServerRequest request) {
        String path = context.getUriInfo().getPath();
        if (!responses.throttles(path)) {
            return Uni.createFrom().nullItem();
        }
        String ip = clientIp(context.getHeaderString("X-Forwarded-For"),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
        return useCase.admit(ip, context.getHeaderString(HttpHeaders.AUTHORIZATION)).map(verdict -> {
            if (verdict.failedOpen()) {
                failedOpen.increment();
            }
            if (!verdict.allowed()) {
                rejected.increment();
            }
            return responses.answer(path, verdict.allowed(), verdict.retryAfterMillis(), verdict.failedOpen());
        });
    }

    /** Unlike authn and authz, any non-empty first entry is the client, whatever its length. */
    static String clientIp(String forwardedFor, String peer) {
        if (forwardedFor != null) {
            String first = forwardedFor.split(",", 2)[0].strip();
            if (!first.isEmpty()) {
                return first;
            }
        }
        return peer == null ? "unknown" : peer;
    }
}
