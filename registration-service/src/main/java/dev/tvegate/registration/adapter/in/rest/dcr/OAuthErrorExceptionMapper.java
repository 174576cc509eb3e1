package dev.tvegate.registration.adapter.in.rest.dcr;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tvegate.registration.domain.error.OAuthErrorException;

/**
 * Renders DCR failures as RFC 6749 §5.2 / RFC 7591 §3.2.2 errors: 400
 * {@code {"error":"<code>","error_description":"…"}}, never cached.
 */
public class OAuthErrorExceptionMapper {

    private static final Logger LOG = Logger.getLogger(OAuthErrorExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(OAuthErrorException e, UriInfo uriInfo) {
        LOG.debugf("DCR error %s on %s: %s", e.error().code(), uriInfo.getPath(), e.description());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", e.error().code());
        body.put("error_description", e.description());
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .entity(body)
                .build();
    }
}
