package dev.tvegate.registration.adapter.in.rest.v1;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.error.V1StatusError;
import dev.tvegate.registration.domain.error.V1StatusException;
import dev.tvegate.support.rest.ErrorResponses;

/** v1 bodies in the format the client chose (spec §6.1): XML (default) or JSON. */
final class V1Responses {

    private static final Logger LOG = Logger.getLogger(V1Responses.class);

    private V1Responses() {
    }

    static Response ok(int status, ResponseFormat format, String body) {
        return Response.status(status).type(format.mediaTypeWithCharset()).entity(body).build();
    }

    static Response status(V1StatusError error, ResponseFormat format) {
        String body = format == ResponseFormat.JSON ? error.toJson()
                : ErrorRendering.XML_DECLARATION + error.toXml();
        return ok(error.status(), format, body);
    }

    /** @return whether {@link #error} renders this failure (else it is unexpected: a 500 by the global mapper) */
    static boolean isExpected(Throwable t) {
        return t instanceof EnhancedErrorException || t instanceof V1StatusException;
    }

    static Response error(Throwable t, ResponseFormat format, String path) {
        if (t instanceof V1StatusException e) {
            LOG.debugf("%d on %s: %s", e.error().status(), path, e.error().message());
            return status(e.error(), format);
        }
        EnhancedError error = ((EnhancedErrorException) t).error();
        if (error.code().equals(ErrorCode.INVALID_HEADER_DEVICE_INFO.code())) {
            // the kernel speaks v2; v1 names the same failure invalid_device_info (spec §5)
            error = EnhancedError.of(ErrorCode.INVALID_DEVICE_INFO, error.details());
        }
        LOG.infof("%d %s on %s (trace %s)", error.status(), error.code(), path, error.trace());
        return ErrorResponses.render(error, format);
    }
}
