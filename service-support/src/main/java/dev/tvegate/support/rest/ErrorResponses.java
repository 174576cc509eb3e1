package dev.tvegate.support.rest;

import java.util.Locale;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.kernel.error.ResponseFormat;

/**
 * Renders Enhanced Errors for the API family of the request: REST v1 paths ({@code /api/v1/…}, {@code /reggie/v1/…})
 * answer in XML or JSON as the client chose (spec §6.1); everything else answers in JSON (spec §5). Every error
 * response carries its trace id in {@code X-Trace-Id}.
 * <p>
 * The {@code mapped…} methods are the bodies of a service's exception mappers. They are plain methods, not
 * discovered mappers, so that each service decides which mappers it has: a service declares a small class with
 * {@code @ServerExceptionMapper} methods that call them with its own logger, e.g.
 *
 * <pre>
 * &#64;ServerExceptionMapper
 * public Response map(EnhancedErrorException e, HttpHeaders headers, UriInfo uri) {
 *     return ErrorResponses.mappedEnhancedError(LOG, e, headers, uri);
 * }
 * </pre>
 */
public final class ErrorResponses {

    /** Response header repeating the error's trace id, for support and log correlation. */
    public static final String TRACE_HEADER = "X-Trace-Id";

    private ErrorResponses() {
    }

    /** @return whether the path belongs to REST API v1 (format negotiated per spec §6.1) */
    public static boolean isV1Path(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.startsWith("/api/v1/") || p.startsWith("/reggie/v1/");
    }

    /** @return {@code json} / {@code xml} if the last path segment ends with that suffix, else null */
    public static String pathSuffix(String path) {
        int slash = path.lastIndexOf('/');
        String last = path.substring(slash + 1).toLowerCase(Locale.ROOT);
        if (last.endsWith(".json")) {
            return "json";
        }
        if (last.endsWith(".xml")) {
            return "xml";
        }
        return null;
    }

    /**
     * The format a v1 request asked for; a conflicting or unknown choice falls back to XML, the v1 default (the
     * endpoint itself reports such a choice as a 400).
     */
    public static ResponseFormat v1Format(HttpHeaders headers, UriInfo uri) {
        try {
            return ResponseFormat.resolve(headers.getHeaderString(HttpHeaders.ACCEPT),
                    uri.getQueryParameters().getFirst("format"), pathSuffix(uri.getPath()));
        } catch (IllegalArgumentException e) {
            return ResponseFormat.DEFAULT;
        }
    }

    /** @return the error in JSON, with the HTTP status of the error */
    public static Response json(EnhancedError error) {
        return json(error, error.status());
    }

    public static Response json(EnhancedError error, int httpStatus) {
        return Response.status(httpStatus).type(ResponseFormat.JSON.mediaTypeWithCharset())
                .header(TRACE_HEADER, error.trace()).entity(ErrorRendering.toJson(error)).build();
    }

    /** @return the error in the given v1 format */
    public static Response render(EnhancedError error, ResponseFormat format) {
        String body = format == ResponseFormat.XML ? ErrorRendering.toXml(error) : ErrorRendering.toJson(error);
        return Response.status(error.status()).type(format.mediaTypeWithCharset()).header(TRACE_HEADER, error.trace())
                .entity(body).build();
    }

    /** @return the error rendered for the API family of the request */
    public static Response forRequest(EnhancedError error, HttpHeaders headers, UriInfo uri) {
        return isV1Path(uri.getPath()) ? render(error, v1Format(headers, uri)) : json(error);
    }

    /**
     * An expected failure: the Enhanced Error of the exception with its own status, in JSON (v2, and v1 when asked) or
     * XML (v1 default), plus {@code X-Trace-Id}. Logged at INFO with the trace, never with secrets.
     */
    public static Response mappedEnhancedError(Logger log, EnhancedErrorException exception, HttpHeaders headers,
            UriInfo uri) {
        EnhancedError error = exception.error();
        log.infof("%d %s on %s (trace %s)", error.status(), error.code(), uri.getPath(), error.trace());
        return forRequest(error, headers, uri);
    }

    /**
     * A {@link WebApplicationException} below 500 (unknown path, wrong method, unsupported media type…) passes through
     * unchanged; one of 500 or more is {@linkplain #mappedUnexpected unexpected}.
     */
    public static Response mappedWebApplication(Logger log, WebApplicationException e, HttpHeaders headers,
            UriInfo uri) {
        Response response = e.getResponse();
        if (response != null && response.getStatus() < 500) {
            log.debugf("%d on %s: %s", response.getStatus(), uri.getPath(), e.getMessage());
            return response;
        }
        return mappedUnexpected(log, e, headers, uri);
    }

    /**
     * A bug or an outage: 500 {@code internal_server_error} (v1: {@code internal_error}) with a trace id, logged at
     * ERROR with the stack trace; the client never sees the exception.
     */
    public static Response mappedUnexpected(Logger log, Throwable e, HttpHeaders headers, UriInfo uri) {
        boolean v1 = isV1Path(uri.getPath());
        // v1 and v2 name the same failure differently (spec §5): internal_error (500) / internal_server_error
        EnhancedError error = v1 ? EnhancedError.of(ErrorCode.INTERNAL_ERROR).withStatus(500)
                : EnhancedError.of(ErrorCode.INTERNAL_SERVER_ERROR);
        log.errorf(e, "500 %s on %s (trace %s)", error.code(), uri.getPath(), error.trace());
        return v1 ? render(error, v1Format(headers, uri)) : json(error);
    }
}
