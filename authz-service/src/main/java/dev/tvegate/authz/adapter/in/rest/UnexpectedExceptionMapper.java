package dev.tvegate.authz.adapter.in.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.ErrorCode;

/**
 * Last line of defence. A {@link WebApplicationException} below 500 (unknown path, wrong method, unsupported media
 * type…) passes through unchanged. Anything else is a bug or an outage: 500 {@code internal_server_error} (v1:
 * {@code internal_error}) with a trace
 * id, logged at ERROR with the stack trace; the client never sees the exception.
 */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        Response response = e.getResponse();
        if (response != null && response.getStatus() < 500) {
            LOG.debugf("%d on %s: %s", response.getStatus(), uri.getPath(), e.getMessage());
            return response;
        }
        return unexpected(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        boolean v1 = ErrorResponses.isV1Path(uri.getPath());
        // v1 and v2 name the same failure differently (spec §5): internal_error (500) / internal_server_error
        EnhancedError error = v1 ? EnhancedError.of(ErrorCode.INTERNAL_ERROR).withStatus(500)
                : EnhancedError.of(ErrorCode.INTERNAL_SERVER_ERROR);
        LOG.errorf(e, "500 %s on %s (trace %s)", error.code(), uri.getPath(), error.trace());
        return v1 ? ErrorResponses.render(error, ErrorResponses.v1Format(headers, uri)) : ErrorResponses.json(error);
    }
}
