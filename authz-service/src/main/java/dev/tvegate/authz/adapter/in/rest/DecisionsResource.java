package dev.tvegate.authz.adapter.in.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.authz.application.port.in.AuthorizeCommand;
import dev.tvegate.authz.application.port.in.AuthorizeUseCase;
import dev.tvegate.authz.application.port.in.DeviceHeaders;
import dev.tvegate.authz.domain.model.DecisionKind;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.support.auth.BearerAuthenticator;
import dev.tvegate.support.rest.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * {@code POST /api/v2/{serviceProvider}/decisions/authorize/{mvpd}} and {@code …/preauthorize/{mvpd}} (spec §4.7).
 * The body is read here (not by the framework) so that every malformed body is the spec's
 * {@code invalid_parameter_resources}.
 */
@Path("/api/v2/{sp}/decisions")
@Tag(name = "decisions", description = "REST v2 authorization decisions")
public class DecisionsResource {

    static final String DEVICE_IDENTIFIER = "AP-Device-Identifier";
    static final String DEVICE_INFO = "X-Device-Info";
    static final String TEMPPASS_IDENTITY = "AP-TempPass-Identity";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_CHARS = 256 * 1024;

    private final BearerAuthenticator auth;
    private final AuthorizeUseCase decisions;

    public DecisionsResource(BearerAuthenticator auth, AuthorizeUseCase decisions) {
        this.auth = auth;
        this.decisions = decisions;
    }

    @POST
    @Path("/authorize/{mvpd}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Authorization decisions with a media token per permitted resource")
    public Uni<Response> authorize(@PathParam("sp") String sp, @PathParam("mvpd") String mvpd, String body,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return decide(DecisionKind.AUTHORIZE, sp, mvpd, body, headers, request);
    }

    @POST
    @Path("/preauthorize/{mvpd}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Informative preauthorization decisions (no media tokens)")
    public Uni<Response> preauthorize(@PathParam("sp") String sp, @PathParam("mvpd") String mvpd, String body,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return decide(DecisionKind.PREAUTHORIZE, sp, mvpd, body, headers, request);
    }

    private Uni<Response> decide(DecisionKind kind, String sp, String mvpd, String body, HttpHeaders headers,
            HttpServerRequest request) {
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), sp)
                .chain(client -> decisions.decide(new AuthorizeCommand(kind, sp, mvpd, client.clientId(),
                        device(headers, request), resources(body), headers.getHeaderString(TEMPPASS_IDENTITY))))
                .map(result -> Response.ok(DecisionViews.of(result))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    static DeviceHeaders device(HttpHeaders headers, HttpServerRequest request) {
        String peer = request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return new DeviceHeaders(headers.getHeaderString(DEVICE_IDENTIFIER), headers.getHeaderString(DEVICE_INFO),
                headers.getHeaderString(HttpHeaders.USER_AGENT),
                ClientAddress.of(headers.getHeaderString(ClientAddress.FORWARDED_FOR), peer));
    }

    /** @return the {@code resources} strings; null when absent (the use case refuses it) */
    static List<String> resources(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw invalid("The request body is too large.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (Exception e) {
            throw invalid("The request body must be JSON: {\"resources\": [\"<resource id>\", …]}.");
        }
        JsonNode array = root == null ? null : root.get("resources");
        if (array == null || array.isNull()) {
            return null;
        }
        if (!array.isArray()) {
            throw invalid("resources must be an array of strings.");
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            if (!n.isTextual()) {
                throw invalid("resources must be an array of strings.");
            }
            out.add(n.asText());
        }
        return out;
    }

    private static EnhancedErrorException invalid(String details) {
        return new EnhancedErrorException(ErrorCode.INVALID_PARAMETER_RESOURCES, details);
    }
}
