package dev.tvegate.authn.adapter.in.rest.v2;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.tvegate.authn.adapter.in.rest.v2.V2Views.LogoutsView;
import dev.tvegate.authn.application.port.in.LogoutCommand;
import dev.tvegate.authn.application.port.in.LogoutUseCase;
import dev.tvegate.support.auth.BearerAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** REST v2 logout (spec §4.8); GET only, as documented. */
@Path("/api/v2/{serviceProvider}/logout/{mvpd}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "logout", description = "REST API v2 logout")
public class LogoutResource {

    private final BearerAuthenticator auth;
    private final LogoutUseCase logout;

    public LogoutResource(BearerAuthenticator auth, LogoutUseCase logout) {
        this.auth = auth;
        this.logout = logout;
    }

    @GET
    @Operation(summary = "Delete the client's profile for an MVPD on this device and say how to end the MVPD session")
    public Uni<RestResponse<LogoutsView>> logout(@PathParam("serviceProvider") String serviceProvider,
            @PathParam("mvpd") String mvpd, @QueryParam("redirectUrl") String redirectUrl,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), serviceProvider)
                .chain(client -> logout.logout(new LogoutCommand(serviceProvider, V2Request.context(client),
                        V2Request.device(headers, request), mvpd, redirectUrl)))
                .map(result -> SessionsResource.ok(LogoutsView.of(result)));
    }
}
