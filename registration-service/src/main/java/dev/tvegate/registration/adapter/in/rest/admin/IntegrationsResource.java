package dev.tvegate.registration.adapter.in.rest.admin;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.tvegate.registration.adapter.in.rest.admin.dto.IntegrationRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.IntegrationResponse;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.application.port.in.IntegrationCommand;
import dev.tvegate.registration.application.port.in.ManageIntegrationsUseCase;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

@Path("/admin/v1/service-providers/{sp}/integrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin: integrations", description = "Service provider × MVPD settings: TTLs, degradation, preflight")
@SecurityRequirement(name = "bearer", scopes = Scopes.ADMIN)
public class IntegrationsResource {

    private final ManageIntegrationsUseCase integrations;
    private final BearerAuthenticator auth;

    public IntegrationsResource(ManageIntegrationsUseCase integrations, BearerAuthenticator auth) {
        this.integrations = integrations;
        this.auth = auth;
    }

    @GET
    @Operation(summary = "List the integrations of a service provider")
    public Uni<List<IntegrationResponse>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("sp") String sp) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return integrations.list(sp).map(list -> list.stream().map(IntegrationResponse::of).toList());
    }

    @PUT
    @Path("/{mvpd}")
    @Operation(summary = "Create (201) or replace (200) an integration; absent settings take their defaults")
    public Uni<RestResponse<IntegrationResponse>> upsert(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("sp") String sp, @PathParam("mvpd") String mvpd, IntegrationRequest body) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        IntegrationCommand command = AdminCommands.integration(sp, mvpd, body);
        return integrations.upsert(command)
                .invoke(r -> AdminAudit.log(caller, r.created() ? "created integration" : "updated integration",
                        sp + "/" + mvpd))
                .map(result -> RestResponse.status(
                        result.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                        IntegrationResponse.of(result.integration())));
    }

    @GET
    @Path("/{mvpd}")
    @Operation(summary = "Get one integration")
    public Uni<IntegrationResponse> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("sp") String sp, @PathParam("mvpd") String mvpd) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return integrations.get(sp, mvpd).map(IntegrationResponse::of);
    }

    @DELETE
    @Path("/{mvpd}")
    @Operation(summary = "Delete an integration: the MVPD disappears from the service provider's configuration")
    public Uni<RestResponse<Void>> delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("sp") String sp, @PathParam("mvpd") String mvpd) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        return integrations.delete(sp, mvpd).invoke(() -> AdminAudit.log(caller, "deleted integration", sp + "/" + mvpd))
                .replaceWith(RestResponse.noContent());
    }
}
