package dev.tvegate.authn.adapter.out.registration;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import dev.tvegate.support.registration.ConfigurationDocument;
import dev.tvegate.support.registration.LegacyVerificationDocuments;
import dev.tvegate.support.registration.TokenDocument;
import io.smallrye.mutiny.Uni;

/**
 * registration-service as seen by authn (base URL {@code quarkus.rest-client.registration.url}). Package-private:
 * only the fault-tolerant adapters of this package call it.
 */
@RegisterRestClient(configKey = "registration")
interface RegistrationApi {

    @GET
    @Path("/internal/v1/service-providers/{sp}/configuration")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ConfigurationDocument> configuration(@PathParam("sp") String serviceProvider,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** v1 regcode record (spec §6.3); registration accepts authn's service token (scope {@code internal}) here. */
    @GET
    @Path("/reggie/v1/{requestor}/regcode/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<RegCodeDocument> regCode(@PathParam("requestor") String requestor, @PathParam("code") String code,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Verifies a legacy signed-requestor header (single use); 200 verified, 401 refused or service token refused. */
    @POST
    @Path("/internal/v1/legacy-requests/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<LegacyVerificationDocuments.Verified> verifyLegacyRequest(LegacyVerificationDocuments.Request request,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/o/client/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<TokenDocument> token(@FormParam("client_id") String clientId, @FormParam("client_secret") String clientSecret,
            @FormParam("grant_type") String grantType);
}
