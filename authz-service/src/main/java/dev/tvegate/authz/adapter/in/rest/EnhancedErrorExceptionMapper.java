package dev.tvegate.authz.adapter.in.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;

/**
 * Expected REST v2 / v1 failures: the Enhanced Error of the exception with its own status, in JSON (v2, and v1 when
 * asked) or XML (v1 default), plus {@code X-Trace-Id}. Logged at INFO with the trace, never with secrets.
 */
public class EnhancedErrorExceptionMapper {

    private static final Logger LOG = Logger.getLogger(EnhancedErrorExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(EnhancedErrorException exception, HttpHeaders headers, UriInfo uri) {
        EnhancedError error = exception.error();
        LOG.infof("%d %s on %s (trace %s)", error.status(), error.code(), uri.getPath(), error.trace());
        return ErrorResponses.forRequest(error, headers, uri);
    }
}
