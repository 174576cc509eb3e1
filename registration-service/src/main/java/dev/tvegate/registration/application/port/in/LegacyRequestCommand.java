package dev.tvegate.registration.application.port.in;

import java.util.Objects;
import java.util.Set;

import dev.tvegate.kernel.legacy.LegacySignedRequest;

/**
 * @param request the parsed {@code Authorization} header
 * @param httpMethod the method of the request received
 * @param requestor the requestor of the request path
 * @param acceptedRequestUris the {@code request_uri} values that designate this request: the full path, and the path
 *        below the requestor (e.g. {@code /regcode}) as older clients sign it
 */
public record LegacyRequestCommand(LegacySignedRequest request, String httpMethod, String requestor,
        Set<String> acceptedRequestUris) {
    public LegacyRequestCommand {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(requestor, "requestor");
        acceptedRequestUris = Set.copyOf(acceptedRequestUris);
    }
}
