package dev.tvegate.authn.adapter.in.rest.v2;

import jakarta.ws.rs.core.HttpHeaders;

import dev.tvegate.authn.application.port.in.DeviceHeaders;
import dev.tvegate.authn.domain.model.ClientContext;
import dev.tvegate.support.auth.AuthenticatedClient;
import dev.tvegate.support.rest.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/** Header names of REST v2 (spec §3) and their extraction. */
final class V2Request {

    static final String DEVICE_IDENTIFIER = "AP-Device-Identifier";
    static final String DEVICE_INFO = "X-Device-Info";
    static final String NO_STORE = "no-store";

    private V2Request() {
    }

    static DeviceHeaders device(HttpHeaders headers, HttpServerRequest request) {
        String peer = request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return new DeviceHeaders(headers.getHeaderString(DEVICE_IDENTIFIER), headers.getHeaderString(DEVICE_INFO),
                headers.getHeaderString(HttpHeaders.USER_AGENT),
                ClientAddress.of(headers.getHeaderString(ClientAddress.FORWARDED_FOR), peer));
    }

    /** @return the application-level view of the verified caller */
    static ClientContext context(AuthenticatedClient client) {
        return new ClientContext(client.clientId(), client.applicationId());
    }
}
