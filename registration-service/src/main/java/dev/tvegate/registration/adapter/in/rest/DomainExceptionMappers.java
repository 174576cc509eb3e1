package dev.tvegate.registration.adapter.in.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.tvegate.kernel.error.Traces;
import dev.tvegate.registration.domain.error.ConflictException;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.support.rest.ErrorResponses;

/**
 * Domain exceptions of the admin and internal APIs: {@code ValidationException} → 400
 * {@code {"error":"invalid_request","field":…,"message":…}}, {@code NotFoundException} → 404 {@code not_found},
 * {@code ConflictException} → 409 {@code conflict}; unreadable JSON bodies → 400 {@code invalid_request} naming the
 * field when Jackson knows it. Each body also carries a {@code trace} id, repeated in {@code X-Trace-Id} and in the log
 * line.
 */
public class DomainExceptionMappers {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMappers.class);

    @ServerExceptionMapper
    public Response validation(ValidationException e, UriInfo uri) {
        return problem(400, "invalid_request", e.field(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(404, "not_found", null, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return problem(409, "conflict", null, e.getMessage(), uri);
    }

    /** Malformed JSON, wrong value types, or a body that is not an object: never a 500. */
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return unreadableJsonResponse(e, uri);
    }

    static Response unreadableJsonResponse(JsonProcessingException e, UriInfo uri) {
        String field = null;
        String message;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = fieldPath(mapping);
            message = "field '" + field + "' has the wrong type or format";
        } else if (e instanceof JsonParseException) {
            message = "the request body is not valid JSON";
        } else {
            message = "the request body cannot be read as the expected JSON object";
        }
        return problem(400, "invalid_request", field, message, uri);
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static Response problem(int status, String error, String field, String message, UriInfo uri) {
        String trace = Traces.newTrace();
        LOG.infof("%d %s on %s%s (trace %s)", status, error, uri.getPath(), field == null ? "" : " field " + field,
                trace);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        body.put("trace", trace);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .header(ErrorResponses.TRACE_HEADER, trace).entity(body).build();
    }
}
