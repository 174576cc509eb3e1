package dev.tvegate.authz.adapter.in.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tvegate.authz.domain.error.ProfileUnavailableException;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.support.rest.ErrorResponses;

/** authn could not be asked: top-level 403 {@code network_connection_timeout} / {@code network_received_error}. */
public class ProfileUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(ProfileUnavailableMapper.class);

    @ServerExceptionMapper
    public Response map(ProfileUnavailableException e, HttpHeaders headers, UriInfo uri) {
        EnhancedError error = EnhancedError.of(e.timeout() ? ErrorCode.NETWORK_CONNECTION_TIMEOUT
                : ErrorCode.NETWORK_RECEIVED_ERROR,
                "The viewer's authentication could not be checked: "
                        + e.getMessage() + ". Retry shortly.");
        LOG.warnf("%d %s on %s (trace %s)", error.status(), error.code(), uri.getPath(), error.trace());
        return ErrorResponses.forRequest(error, headers, uri);
    }
}
