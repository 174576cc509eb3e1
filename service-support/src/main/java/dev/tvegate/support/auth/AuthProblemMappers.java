package dev.tvegate.support.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401/403 of the admin and internal APIs, with the RFC 6750 §3 {@code WWW-Authenticate} challenge:
 * {@code {"error":"invalid_token"|"insufficient_scope","message":…}}. Discovered through this jar's Jandex index by
 * every service that depends on it; it maps only this package's own problems, so it never competes with a service's
 * mappers.
 */
public class AuthProblemMappers {

    private static final Logger LOG = Logger.getLogger(AuthProblemMappers.class);

    @ServerExceptionMapper
    public Response notAuthorized(NotAuthorizedProblem e, UriInfo uriInfo) {
        LOG.debugf("401 invalid_token on %s", uriInfo.getPath());
        return Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .entity(body("invalid_token", e.getMessage()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenProblem e, UriInfo uriInfo) {
        LOG.debugf("403 insufficient_scope on %s", uriInfo.getPath());
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE,
                        "Bearer error=\"insufficient_scope\", scope=\"" + e.requiredScope() + "\"")
                .entity(body("insufficient_scope", e.getMessage()))
                .build();
    }

    private static Map<String, String> body(String error, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }
}
