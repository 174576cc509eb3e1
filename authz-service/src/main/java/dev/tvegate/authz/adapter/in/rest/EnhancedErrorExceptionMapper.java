package dev.tvegate.authz.adapter.in.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.support.rest.ErrorResponses;

/**
 * Expected REST v2 / v1 failures: the Enhanced Error of the exception with its own status, in JSON (v2, and v1 when
 * asked) or XML (v1 default), plus {@code X-Trace-Id} ({@link ErrorResponses#mappedEnhancedError}).
 */
public class EnhancedErrorExceptionMapper {

    private static final Logger LOG = Logger.getLogger(EnhancedErrorExceptionMapper.class);

    @ServerExceptionMapper
    public Response map(EnhancedErrorException exception, HttpHeaders headers, UriInfo uri) {
        return ErrorResponses.mappedEnhancedError(LOG, exception, headers, uri);
    }
}
