package dev.tvegate.drm.adapter.in.rest.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.kernel.error.Traces;

/**
 * Errors of the admin API as OAuth-style JSON: 400 {@code invalid_request}, 404 {@code not_found}, 409
 * {@code conflict}, each {@code {"error":…,"error_description":…,"field"?:…,"trace":…}}. (Unreadable JSON bodies are
 * mapped by {@link DrmCustomersResource} itself, so that the token API's own errors are untouched.)
 */
public class AdminErrorMappers {

    private static final Logger LOG = Logger.getLogger(AdminErrorMappers.class);

    @ServerExceptionMapper
    public Response adminRequest(AdminRequestException e, UriInfo uri) {
        return switch (e.kind()) {
            case INVALID -> problem(400, "invalid_request", e.field(), e.getMessage(), uri);
            case NOT_FOUND -> problem(404, "not_found", null, e.getMessage(), uri);
            case CONFLICT -> problem(409, "conflict", null, e.getMessage(), uri);
        };
    }

    static Response problem(int status, String error, String field, String description, UriInfo uri) {
        String trace = Traces.newTrace();
        LOG.infof("%d %s on %s%s (trace %s)", status, error, uri.getPath(), field == null ? "" : " field " + field,
                trace);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        if (field != null) {
            body.put("field", field);
        }
        body.put("trace", trace);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
