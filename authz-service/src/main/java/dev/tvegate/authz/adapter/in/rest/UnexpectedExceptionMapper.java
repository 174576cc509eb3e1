package dev.tvegate.authz.adapter.in.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tvegate.support.rest.ErrorResponses;

/**
 * Last line of defence. A {@link WebApplicationException} below 500 (unknown path, wrong method, unsupported media
 * type…) passes through unchanged. Anything else is a bug or an outage: 500 {@code internal_server_error} (v1:
 * {@code internal_error}) with a trace id, logged at ERROR with the stack trace; the client never sees the exception.
 */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        return ErrorResponses.mappedWebApplication(LOG, e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return ErrorResponses.mappedUnexpected(LOG, e, headers, uri);
    }
}
