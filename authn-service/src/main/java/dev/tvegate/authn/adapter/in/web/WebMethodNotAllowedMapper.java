package dev.tvegate.authn.adapter.in.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A wrong HTTP method on a browser path ({@code /api/v2/authenticate/…}, {@code /activate…}) answers 405 with a
 * plain HTML page and the {@code Allow} header (spec §2.1: endpoint 5's errors are {@code text/html}); other paths
 * keep the framework's answer.
 */
public class WebMethodNotAllowedMapper {

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String path = uri.getPath();
        if (!path.startsWith("/api/v2/authenticate/") && !path.equals("/activate") && !path.startsWith("/activate/")) {
            return e.getResponse();
        }
        Response page = ErrorPages.plain(405, "This page cannot be used that way",
                "This address only works when opened in a browser as a normal link or form.");
        Object allow = e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW);
        return allow == null ? page : Response.fromResponse(page).header(HttpHeaders.ALLOW, allow).build();
    }
}
