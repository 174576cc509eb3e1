package dev.tvegate.registration.adapter.in.rest.internal;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.tvegate.registration.adapter.in.rest.auth.BearerAuthenticator;
import dev.tvegate.registration.application.port.in.GetConfigurationUseCase;
import dev.tvegate.registration.application.port.in.ManageApplicationsUseCase;
import dev.tvegate.registration.domain.error.NotFoundException;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * Service-to-service reads for authn-service and authz-service (scope {@code internal}; never routed by the public
 * front door, ARCHITECTURE.md §5). The configuration carries MVPD client secrets, so answers are {@code no-store}.
 */
@Path("/internal/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "internal", description = "Reads for the suite's own services")
@SecurityRequirement(name = "bearer", scopes = Scopes.INTERNAL)
public class InternalResource {

    private final GetConfigurationUseCase configuration;
    private final ManageApplicationsUseCase applications;
    private final BearerAuthenticator auth;

    public InternalResource(GetConfigurationUseCase configuration, ManageApplicationsUseCase applications,
            BearerAuthenticator auth) {
        this.configuration = configuration;
        this.applications = applications;
        this.auth = auth;
    }

    @GET
    @Path("/service-providers/{sp}/configuration")
    @Operation(summary = "The full configuration of a service provider: every integration with its settings and"
            + " each MVPD's complete record (protocol endpoints, client secret, TempPass rule)")
    public Uni<RestResponse<InternalConfigurationResponse>> configuration(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("sp") String sp) {
        auth.requireScope(authorization, Scopes.INTERNAL);
        return configuration.fullConfiguration(sp).map(found -> found
                .map(InternalConfigurationResponse::of)
                .map(body -> RestResponse.ResponseBuilder.ok(body).header("Cache-Control", "no-store").build())
                .orElseThrow(() -> new NotFoundException("service provider", sp)));
    }

    /** What other services need to know about a registered application: above all, whether it is revoked. */
    public record ApplicationView(String id, String name, String version, boolean revoked,
            List<String> serviceProviders, List<String> scopes, List<String> domains) {
    }

    @GET
    @Path("/applications/{id}")
    @Operation(summary = "A registered application's status (revocation) and attributes, without its keys")
    public Uni<ApplicationView> application(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("id") String id) {
        auth.requireScope(authorization, Scopes.INTERNAL);
        return applications.get(id).map(a -> new ApplicationView(a.id(), a.name(), a.version(), a.revoked(),
                a.serviceProviders(), a.scopes(), a.domains()));
    }
}
