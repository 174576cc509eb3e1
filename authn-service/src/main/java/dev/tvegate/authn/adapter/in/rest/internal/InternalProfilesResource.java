package dev.tvegate.authn.adapter.in.rest.internal;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

import dev.tvegate.authn.adapter.in.rest.v2.V2Views.ProfileView;
import dev.tvegate.authn.application.port.in.LookupProfileUseCase;
import dev.tvegate.support.auth.BearerAuthenticator;
import dev.tvegate.support.auth.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * Service-to-service profile look-up for authz-service (scope {@code internal}; never routed by the public front
 * door). The device is given by its decoded id ({@code deviceId}), as authz holds it after parsing the client's
 * {@code AP-Device-Identifier}.
 */
@Path("/internal/v1/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "internal", description = "Reads for the suite's own services")
@SecurityRequirement(name = "bearer", scopes = Scopes.INTERNAL)
public class InternalProfilesResource {

    private final BearerAuthenticator auth;
    private final LookupProfileUseCase lookup;

    public InternalProfilesResource(BearerAuthenticator auth, LookupProfileUseCase lookup) {
        this.auth = auth;
        this.lookup = lookup;
    }

    /**
     * The profile of a client application on a device for an SP and MVPD.
     *
     * @param mvpd the MVPD
     * @param serviceProvider the SP
     */
    public record InternalProfileView(String mvpd, String serviceProvider, String clientId, ProfileView profile) {
    }

    @GET
    @Path("/{sp}/{mvpd}")
    @Operation(summary = "The valid profile of (client app, device, SP, MVPD), or 404 — a degraded one under AuthNAll")
    public Uni<Response> profile(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("sp") String serviceProvider, @PathParam("mvpd") String mvpd,
            @QueryParam("clientId") String clientId, @QueryParam("deviceId") String deviceId) {
        return auth.requireScope(authorization, Scopes.INTERNAL)
                .chain(caller -> lookup.lookup(serviceProvider, mvpd, clientId, deviceId))
                .map(found -> found
                        .map(p -> Response.ok(new InternalProfileView(p.mvpd(), p.key().serviceProvider(),
                                p.key().clientId(), ProfileView.of(p))))
                        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).entity(Map.of("error",
                                "not_found", "message", "No valid profile for this client, device, SP and MVPD")))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").type(MediaType.APPLICATION_JSON_TYPE).build());
    }
}
