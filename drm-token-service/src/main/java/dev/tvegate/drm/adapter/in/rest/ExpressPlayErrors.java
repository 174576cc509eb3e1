package dev.tvegate.drm.adapter.in.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.ErrorFormat;
import dev.tvegate.drm.domain.model.TokenParameters;
import dev.tvegate.kernel.xml.XmlEscaper;

/**
 * Renders token-API errors as ExpressPlay does: {@code errorFormat=html} (the default) or {@code json}, the status of
 * the code ({@link TokenErrorCode#httpStatus()}). ExpressPlay's JSON field names are not public (spec §2); TVE Gate
 * answers {@code {"errorCode": -2018, "errorMessage": "Authentication token invalid: …"}}. Unexpected failures are
 * logged with a trace id and answered {@code -2030} 500 without internals.
 */
final class ExpressPlayErrors {

    private static final Logger LOG = Logger.getLogger(ExpressPlayErrors.class);

    private ExpressPlayErrors() {
    }

    /** @return the format the request asked for; html when absent or not a known value (that is itself -3004) */
    static ErrorFormat format(TokenParameters params) {
        return params.first("errorFormat").flatMap(ErrorFormat::fromParameter).orElse(ErrorFormat.HTML);
    }

    static Response render(ErrorFormat format, Throwable failure) {
        TokenRequestException e;
        if (failure instanceof TokenRequestException known) {
            e = known;
        } else {
            String trace = UUID.randomUUID().toString();
            LOG.errorf(failure, "unexpected failure, trace %s", trace);
            e = new TokenRequestException(TokenErrorCode.ADMIN_ERROR, "internal error, trace " + trace);
        }
        return render(format, e.errorCode(), e.getMessage());
    }

    static Response render(ErrorFormat format, TokenErrorCode code, String message) {
        Response.ResponseBuilder b = Response.status(code.httpStatus()).header("Cache-Control", "no-store");
        if (format == ErrorFormat.JSON) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errorCode", code.code());
            body.put("errorMessage", message);
            return b.type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        String text = XmlEscaper.escape(message);
        return b.type("text/html; charset=UTF-8")
                .entity("<!DOCTYPE html>\n<html><head><title>Error " + code.code() + "</title></head><body><h1>Error "
                        + code.code() + "</h1><p>" + text + "</p></body></html>")
                .build();
    }
}
