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

import dev.tvegate.registration.adapter.in.rest.admin.dto.MvpdRequest;
import dev.tvegate.registration.adapter.in.rest.admin.dto.MvpdResponse;
import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.application.port.in.ManageMvpdsUseCase;
import dev.tvegate.registration.application.port.in.MvpdCommand;
import dev.tvegate.registration.domain.error.ValidationException;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

@Path("/admin/v1/mvpds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin: MVPDs", description = "The MVPD catalogue: display data, protocol endpoints, TempPass rules")
@SecurityRequirement(name = "bearer", scopes = Scopes.ADMIN)
public class MvpdsResource {

    private final ManageMvpdsUseCase mvpds;
    private final BearerAuthenticator auth;

    public MvpdsResource(ManageMvpdsUseCase mvpds, BearerAuthenticator auth) {
        this.mvpds = mvpds;
        this.auth = auth;
    }

    @POST
    @Operation(summary = "Add an MVPD to the catalogue (201; 409 if the id exists)")
    public Uni<RestResponse<MvpdResponse>> create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            MvpdRequest body) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        MvpdRequest req = AdminRequests.required(body);
        MvpdCommand command = AdminCommands.mvpd(req.id(), req);
        return mvpds.create(command).invoke(m -> AdminAudit.log(caller, "created MVPD", m.id()))
                .map(m -> RestResponse.ResponseBuilder
                        .<MvpdResponse> created(URI.create("/admin/v1/mvpds/" + m.id())).entity(MvpdResponse.of(m)).build());
    }

    @GET
    @Operation(summary = "List the MVPD catalogue")
    public Uni<List<MvpdResponse>> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return mvpds.list().map(list -> list.stream().map(MvpdResponse::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an MVPD (the client secret is never shown)")
    public Uni<MvpdResponse> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        auth.requireScope(authorization, Scopes.ADMIN);
        return mvpds.get(id).map(MvpdResponse::of);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an MVPD; without endpoints.clientSecret the stored secret is kept")
    public Uni<MvpdResponse> update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id, MvpdRequest body) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        MvpdRequest req = AdminRequests.required(body);
        if (req.id() != null && !req.id().equals(id)) {
            throw new ValidationException("id", "id in the body ('" + req.id() + "') differs from the path ('" + id
                    + "'); MVPD ids cannot be changed");
        }
        return mvpds.update(AdminCommands.mvpd(id, req))
                .invoke(m -> AdminAudit.log(caller, "updated MVPD", id + (req.endpoints() != null
                        && req.endpoints().clientSecret() != null ? " (new client secret)" : "")))
                .map(MvpdResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an MVPD from the catalogue (409 while an integration uses it)")
    public Uni<RestResponse<Void>> delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        Caller caller = auth.requireScope(authorization, Scopes.ADMIN);
        return mvpds.delete(id).invoke(() -> AdminAudit.log(caller, "deleted MVPD", id))
                .replaceWith(RestResponse.noContent());
    }
}
