package dev.tvegate.registration.adapter.in.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.tvegate.support.rest.ErrorResponses;

/**
 * Last line of defence. A {@link WebApplicationException} wrapping a JSON syntax error becomes the 400 of
 * {@link DomainExceptionMappers}; any other below 500 (unknown path, wrong method, unsupported media type…) passes
 * through unchanged. Anything else is a bug or an outage: 500 {@code internal_server_error} (v1:
 * {@code internal_error}) with a trace id, logged at ERROR with the stack trace; the client never sees the exception.
 */
public class UnexpectedExceptionMapper {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // Quarkus REST wraps JSON syntax errors of request bodies in a 400 WebApplicationException
            return DomainExceptionMappers.unreadableJsonResponse(unreadable, uri);
        }
        return ErrorResponses.mappedWebApplication(LOG, e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        return ErrorResponses.mappedUnexpected(LOG, e, headers, uri);
    }
}
