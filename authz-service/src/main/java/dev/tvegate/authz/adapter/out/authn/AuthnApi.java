package dev.tvegate.authz.adapter.out.authn;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** authn-service's internal API as seen by authz (base URL {@code quarkus.rest-client.authn.url}). */
@RegisterRestClient(configKey = "authn")
interface AuthnApi {

    @GET
    @Path("/internal/v1/profiles/{sp}/{mvpd}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ProfileDocument> profile(@PathParam("sp") String serviceProvider, @PathParam("mvpd") String mvpd,
            @QueryParam("clientId") String clientId, @QueryParam("deviceId") String deviceId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
