package dev.tvegate.sandbox.adapter.in.rest;

import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.sandbox.adapter.in.rest.dto.EntitlementRequest;
import dev.tvegate.sandbox.adapter.in.rest.dto.EntitlementResponse;
import dev.tvegate.sandbox.adapter.in.rest.dto.OAuthErrorResponse;
import dev.tvegate.sandbox.application.port.in.AuthenticateClientUseCase;
import dev.tvegate.sandbox.application.port.in.CheckEntitlementUseCase;
import dev.tvegate.sandbox.application.port.in.CheckEntitlementUseCase.EntitlementQuery;
import dev.tvegate.sandbox.application.port.in.CheckEntitlementUseCase.EntitlementResult;
import dev.tvegate.sandbox.application.port.in.ClientCredentials;
import dev.tvegate.sandbox.domain.model.ContentResource;
import dev.tvegate.sandbox.domain.model.OAuthError;

/**
 * The MVPD's REST entitlement check (ARCHITECTURE.md §4, spec §8.4), called by TVE Gate's authz-service with a
 * registered client's credentials (HTTP Basic).
 */
@Path("/entitlements")
@Tag(name = "Entitlements")
public class EntitlementsResource {

    private final AuthenticateClientUseCase authenticateClient;
    private final CheckEntitlementUseCase checkEntitlement;

    EntitlementsResource(AuthenticateClientUseCase authenticateClient, CheckEntitlementUseCase checkEntitlement) {
        this.authenticateClient = authenticateClient;
        this.checkEntitlement = checkEntitlement;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "May this subscriber watch this resource?")
    public Response check(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, EntitlementRequest request) {
        if (!authenticated(authorization)) {
            return unauthorized();
        }
        if (request == null) {
            return badRequest("a JSON body {subject, resource} is required");
        }
        EntitlementRequest.Resource r = request.resource();
        ContentResource resource = r == null ? null
                : new ContentResource(r.channel(), r.itemGuid(), r.itemTitle(), r.rating(), r.ratingScheme());
        return decide(request.subject(), resource);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The same check with query parameters")
    public Response checkByQuery(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("subject") String subject, @QueryParam("channel") String channel,
            @QueryParam("itemGuid") String itemGuid, @QueryParam("itemTitle") String itemTitle,
            @QueryParam("rating") String rating, @QueryParam("ratingScheme") String ratingScheme) {
        if (!authenticated(authorization)) {
            return unauthorized();
        }
        return decide(subject, new ContentResource(channel, itemGuid, itemTitle, rating, ratingScheme));
    }

    private Response decide(String subject, ContentResource resource) {
        EntitlementQuery query;
        try {
            query = new EntitlementQuery(subject, resource);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        EntitlementResult result = checkEntitlement.check(query);
        return Response.ok(new EntitlementResponse(result.decision().permit() ? "Permit" : "Deny",
                result.decision().message(), result.decision().parentalControl(), result.ttl().toSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }

    private boolean authenticated(String authorization) {
        Optional<ClientCredentials> credentials = BasicCredentials
                .present(BasicCredentials.parse(authorization));
        return credentials.flatMap(authenticateClient::authenticate).isPresent();
    }

    private static Response unauthorized() {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, TokenEndpoint.REALM)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new OAuthErrorResponse(OAuthError.INVALID_CLIENT,
                        "HTTP Basic authentication with a registered client is required"))
                .build();
    }

    private static Response badRequest(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new OAuthErrorResponse(OAuthError.INVALID_REQUEST, message)).build();
    }
}
