package dev.tvegate.registration.adapter.in.rest.admin;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.tvegate.registration.adapter.in.rest.admin.dto.ApplicationRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.ApplicationResponse;
import dev.tvegate.registration.adapter.in.rest.admin.dto.CreatedApplicationResponse;
import dev.tvegate.registration.adapter.in.rest.admin.dto.SoftwareStatementResponse;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.application.port.in.ApplicationCommand;
import dev.tvegate.registration.application.port.in.ManageApplicationsUseCase;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

@Path("/admin/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin: applications", description = "Registered applications and their software statements")
@SecurityRequirement(name = "bearer", scopes = Scopes.ADMIN)
public class ApplicationsResource {

    private final ManageApplicationsUseCase applications;
    private final BearerAuthenticator auth;

    public ApplicationsResource(ManageApplicationsUseCase applications, BearerAuthenticator auth) {
        this.applications = applications;
        this.auth = auth;
    }

    @POST
    @Operation(summary = "Register an application (201): returns its software statement and, this once only, its"
            + " legacy v1 private key")
    public Uni<RestResponse<CreatedApplicationResponse>> create(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ApplicationRequest body) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        ApplicationCommand command = AdminCommands.application(AdminRequests.required(body));
        return applications.create(command)
                .invoke(created -> AdminAudit.log(caller, "registered application", created.application().id()))
                .map(created -> RestResponse.ResponseBuilder
                        .<CreatedApplicationResponse> created(
                                URI.create("/admin/v1/applications/" + created.application().id()))
                        .header("Cache-Control", "no-store").entity(CreatedApplicationResponse.of(created)).build());
    }

    @GET
    @Operation(summary = "List registered applications")
    public Uni<List<ApplicationResponse>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return applications.list().map(list -> list.stream().map(ApplicationResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a registered application (never its private key)")
    public Uni<ApplicationResponse> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return applications.get(id).map(ApplicationResponse::of);
    }

    @GET
    @Path("/{id}/software-statement")
    @Operation(summary = "Download the application's software statement (409 if revoked)")
    public Uni<RestResponse<SoftwareStatementResponse>> softwareStatement(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return applications.softwareStatement(id)
                .map(statement -> RestResponse.ResponseBuilder.ok(new SoftwareStatementResponse(id, statement))
                        .header("Cache-Control", "no-store").build());
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.WILDCARD) // no body: any or no Content-Type
    @Operation(summary = "Revoke the application (idempotent): its statement and clients stop working")
    public Uni<ApplicationResponse> revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        return applications.revoke(id).invoke(app -> AdminAudit.log(caller, "revoked application", id))
                .map(ApplicationResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete the application and its DCR clients")
    public Uni<RestResponse<Void>> delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        return applications.delete(id).invoke(() -> AdminAudit.log(caller, "deleted application", id))
                .replaceWith(RestResponse.noContent());
    }
}
