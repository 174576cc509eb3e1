package dev.tvegate.sandbox.adapter.in.rest.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.sandbox.config.SandboxConfig;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Test control: inject delays and failures into chosen endpoints. Exists only when
 * {@code tvegate.sandbox.control.enabled=true}; requires {@code Authorization: Bearer <token>} when
 * {@code tvegate.sandbox.control.token} is set.
 */
@Path("/_control/faults")
@Tag(name = "Test control")
public class FaultControlResource {

    private static final Logger LOG = Logger.getLogger(FaultControlResource.class);
    private static final long MAX_DELAY_MS = 120_000;

    /**
     * The fault request.
     *
     * @param delayMs delay in milliseconds (default 0)
     * @param failStatus HTTP status 400–599 to fail with, or 0 (default) for none
     * @param failRate probability of failing, 0–1 (default 1)
     * @param endpoints affected endpoints (default all)
     */
    @RegisterForReflection
    public record FaultRequest(Long delayMs, Integer failStatus, Double failRate, List<String> endpoints) {
    }

    private final FaultSettings settings;
    private final SandboxConfig.Control control;

    FaultControlResource(FaultSettings settings, SandboxConfig config) {
        this.settings = settings;
        this.control = config.control();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The faults in force")
    public Response current(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        FaultSettings.Faults faults = settings.current();
        return Response.ok(faults == null ? Map.of() : faults).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inject a delay and/or a failing status into endpoints")
    public Response inject(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, FaultRequest request) {
        Response refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        if (request == null) {
            return badRequest("a JSON body is required");
        }
        long delayMs = request.delayMs() == null ? 0 : request.delayMs();
        int failStatus = request.failStatus() == null ? 0 : request.failStatus();
        double failRate = request.failRate() == null ? 1.0 : request.failRate();
        if (delayMs < 0 || delayMs > MAX_DELAY_MS) {
            return badRequest("delayMs must be between 0 and " + MAX_DELAY_MS);
        }
        if (failStatus != 0 && (failStatus < 400 || failStatus > 599)) {
            return badRequest("failStatus must be 0 or between 400 and 599");
        }
        if (!(failRate >= 0 && failRate <= 1)) {
            return badRequest("failRate must be between 0 and 1");
        }
        Set<String> endpoints = new LinkedHashSet<>();
        for (String name : request.endpoints() == null || request.endpoints().isEmpty() ? FaultSettings.ENDPOINTS
                : request.endpoints()) {
            String endpoint = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (!FaultSettings.ENDPOINTS.contains(endpoint)) {
                return badRequest("unknown endpoint \"" + name + "\"; known: " + FaultSettings.ENDPOINTS);
            }
            endpoints.add(endpoint);
        }
        FaultSettings.Faults faults = new FaultSettings.Faults(delayMs, failStatus, failRate, endpoints);
        settings.set(faults);
        LOG.infof("faults injected: %s", faults);
        return Response.ok(faults).build();
    }

    @DELETE
    @Operation(summary = "Clear all injected faults")
    public Response clear(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = refuse(authorization);
        if (refused != null) {
            return refused;
        }
        settings.clear();
        LOG.info("faults cleared");
        return Response.noContent().build();
    }

    /** @return the refusal when control is disabled (404) or the token is wrong (401), else null */
    private Response refuse(String authorization) {
        if (!control.enabled()) {
            return Response.status(404).build();
        }
        if (control.token().isEmpty()) {
            return null;
        }
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip()
                : null;
        if (!Secrets.constantTimeEquals(control.token().get(), presented)) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sandbox-mvpd-control\"")
                    .build();
        }
        return null;
    }

    private static Response badRequest(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", "invalid_request", "error_description", message)).build();
    }
}
