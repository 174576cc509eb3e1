package dev.tvegate.authn.adapter.in.rest.v2;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.tvegate.authn.adapter.in.rest.TempPassIdentityParser;
import dev.tvegate.authn.adapter.in.rest.v2.V2Views.ProfilesView;
import dev.tvegate.authn.application.port.in.GetProfilesUseCase;
import dev.tvegate.authn.application.port.in.ProfileQuery;
import dev.tvegate.authn.application.port.in.SessionQuery;
import dev.tvegate.support.auth.BearerAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * REST v2 profiles (spec §4.6), keyed to the calling client application ({@code client_id} of the access token),
 * the device ({@code AP-Device-Identifier}) and the service provider. {@code /profiles/code/{code}} needs no device
 * header: it is the polling endpoint of the device that showed the code. For a TempPass MVPD the answer is the
 * trial's {@code temporary} profile, or 403 {@code temporary_access_duration_limit_exceeded} /
 * {@code temporary_access_resources_limit_exceeded} once the trial is used up; promotional TempPass reads
 * {@code AP-TempPass-Identity}.
 */
@Path("/api/v2/{serviceProvider}/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "profiles", description = "REST API v2 profiles")
public class ProfilesResource {

    private final BearerAuthenticator auth;
    private final GetProfilesUseCase profiles;

    public ProfilesResource(BearerAuthenticator auth, GetProfilesUseCase profiles) {
        this.auth = auth;
        this.profiles = profiles;
    }

    @GET
    @Operation(summary = "Every valid profile of the client on this device (spec §4.6)")
    public Uni<RestResponse<ProfilesView>> all(@PathParam("serviceProvider") String serviceProvider,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), serviceProvider)
                .chain(client -> profiles.all(new ProfileQuery(serviceProvider, V2Request.context(client),
                        V2Request.device(headers, request), null)))
                .map(list -> SessionsResource.ok(ProfilesView.of(list)));
    }

    @GET
    @Path("/code/{code}")
    @Operation(summary = "The profile produced by an authentication code: the polling endpoint (spec §4.6)")
    public Uni<RestResponse<ProfilesView>> byCode(@PathParam("serviceProvider") String serviceProvider,
            @PathParam("code") String code, @Context HttpHeaders headers) {
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), serviceProvider)
                .chain(client -> profiles.byCode(new SessionQuery(serviceProvider, V2Request.context(client), code,
                        TempPassIdentityParser.header(headers.getHeaderString(TempPassIdentityParser.HEADER)))))
                .map(found -> SessionsResource.ok(ProfilesView.of(found.map(List::of).orElse(List.of()))));
    }

    @GET
    @Path("/{mvpd}")
    @Operation(summary = "The client's profile for one MVPD on this device (spec §4.6)")
    public Uni<RestResponse<ProfilesView>> forMvpd(@PathParam("serviceProvider") String serviceProvider,
            @PathParam("mvpd") String mvpd, @Context HttpHeaders headers, @Context HttpServerRequest request) {
        return auth.requireV2Client(headers.getHeaderString(HttpHeaders.AUTHORIZATION), serviceProvider)
                .chain(client -> profiles.forMvpd(new ProfileQuery(serviceProvider, V2Request.context(client),
                        V2Request.device(headers, request), mvpd,
                        TempPassIdentityParser.header(headers.getHeaderString(TempPassIdentityParser.HEADER)))))
                .map(found -> SessionsResource.ok(ProfilesView.of(found.map(List::of).orElse(List.of()))));
    }
}
