package dev.tvegate.registration.adapter.in.rest.admin;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

import dev.tvegate.registration.adapter.in.rest.admin.dto.ServiceProviderRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.ServiceProviderResponse;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.application.port.in.ManageServiceProvidersUseCase;
import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

@Path("/admin/v1/service-providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin: service providers", description = "Channels/brands (Adobe's requestors) and their domains")
@SecurityRequirement(name = "bearer", scopes = Scopes.ADMIN)
public class ServiceProvidersResource {

    private final ManageServiceProvidersUseCase serviceProviders;
    private final BearerAuthenticator auth;

    public ServiceProvidersResource(ManageServiceProvidersUseCase serviceProviders, BearerAuthenticator auth) {
        this.serviceProviders = serviceProviders;
        this.auth = auth;
    }

    @POST
    @Operation(summary = "Create a service provider (201; 409 if the id exists)")
    public Uni<RestResponse<ServiceProviderResponse>> create(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ServiceProviderRequest body) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        ServiceProviderRequest req = AdminRequests.required(body);
        return serviceProviders.create(AdminCommands.serviceProvider(req.id(), req))
                .invoke(sp -> AdminAudit.log(caller, "created service provider", sp.id()))
                .map(sp -> RestResponse.ResponseBuilder
                        .<ServiceProviderResponse> created(URI.create("/admin/v1/service-providers/" + sp.id()))
                        .entity(ServiceProviderResponse.of(sp)).build());
    }

    @GET
    @Operation(summary = "List service providers")
    public Uni<List<ServiceProviderResponse>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return serviceProviders.list().map(list -> list.stream().map(ServiceProviderResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a service provider")
    public Uni<ServiceProviderResponse> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return serviceProviders.get(id).map(ServiceProviderResponse::of);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a service provider's name and domains")
    public Uni<ServiceProviderResponse> update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id, ServiceProviderRequest body) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        ServiceProviderRequest req = AdminRequests.required(body);
        if (req.id() != null && !req.id().equals(id)) {
            throw new ValidationException("id", "id in the body ('" + req.id() + "') differs from the path ('" + id
                    + "'); service provider ids cannot be changed");
        }
        return serviceProviders.update(AdminCommands.serviceProvider(id, req))
                .invoke(sp -> AdminAudit.log(caller, "updated service provider", id))
                .map(ServiceProviderResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a service provider and its integrations (409 while an application names it)")
    public Uni<RestResponse<Void>> delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        return serviceProviders.delete(id).invoke(() -> AdminAudit.log(caller, "deleted service provider", id))
                .replaceWith(RestResponse.noContent());
    }
}
