package dev.tvegate.authz.adapter.in.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.authz.adapter.in.rest.auth.V1CallerAuthenticator;
import dev.tvegate.authz.application.port.in.V1AuthorizationUseCase;
import dev.tvegate.authz.application.port.in.V1AuthorizationUseCase.V1Outcome;
import dev.tvegate.authz.application.port.in.V1Query;
import dev.tvegate.kernel.error.EnhancedError;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.support.rest.ErrorResponses;
import io.smallrye.mutiny.Uni;

/**
 * REST v1 ("clientless") authorization, spec §6.2–§6.3: {@code GET /api/v1/authorize}, {@code /api/v1/tokens/authz},
 * {@code /api/v1/tokens/media} (alias {@code /api/v1/mediatoken}) and {@code /api/v1/preauthorize}. XML by default,
 * JSON by {@code Accept}, {@code format=} or a {@code .json}/{@code .xml} suffix. Auth ({@link V1CallerAuthenticator}):
 * a DCR access token (scope {@code api:client:v2}) whose {@code sp} covers the requestor, or a legacy signed requestor
 * verified by registration-service; both see the same v1 tokens.
 */
@Path("/api/v1")
@Tag(name = "v1", description = "REST v1 authorization")
public class V1AuthorizationResource {

    private final V1CallerAuthenticator auth;
    private final V1AuthorizationUseCase v1;

    public V1AuthorizationResource(V1CallerAuthenticator auth, V1AuthorizationUseCase v1) {
        this.auth = auth;
        this.v1 = v1;
    }

    @GET
    @Path("/authorize{suffix: (\\.json|\\.xml)?}")
    @Operation(summary = "v1 authorize: 200 AuthZ token, 403 User not authorized")
    public Uni<Response> authorize(@QueryParam("requestor") String requestor, @QueryParam("deviceId") String deviceId,
            @QueryParam("resource") String resource,
            @QueryParam("generic_data") String genericData, @Context HttpHeaders headers, @Context UriInfo uri) {
        return call(requestor, headers, uri, () -> v1.authorize(new V1Query(requestor, deviceId, resource, genericData)));
    }

    @GET
    @Path("/tokens/authz{suffix: (\\.json|\\.xml)?}")
    @Operation(summary = "v1 AuthZ token: 200, 412 no AuthN, 404 no AuthZ, 410 AuthZ expired")
    public Uni<Response> authzToken(@QueryParam("requestor") String requestor, @QueryParam("deviceId") String deviceId,
            @QueryParam("resource") String resource,
            @QueryParam("generic_data") String genericData, @Context HttpHeaders headers, @Context UriInfo uri) {
        return call(requestor, headers, uri,
                () -> v1.authorizationToken(new V1Query(requestor, deviceId, resource, genericData)));
    }

    @GET
    @Path("/{op: tokens/media|mediatoken}{suffix: (\\.json|\\.xml)?}")
    @Operation(summary = "v1 short media token (after authorize): 200, 403")
    public Uni<Response> mediaToken(@QueryParam("requestor") String requestor, @QueryParam("deviceId") String deviceId,
            @QueryParam("resource") String resource,
            @QueryParam("generic_data") String genericData, @Context HttpHeaders headers, @Context UriInfo uri) {
        return call(requestor, headers, uri, () -> v1.mediaToken(new V1Query(requestor, deviceId, resource, genericData)));
    }

    @GET
    @Path("/preauthorize{suffix: (\\.json|\\.xml)?}")
    @Operation(summary = "v1 preauthorize: comma-separated resources, a decision each")
    public Uni<Response> preauthorize(@QueryParam("requestor") String requestor,
            @QueryParam("deviceId") String deviceId, @QueryParam("resource") String resource,
            @QueryParam("generic_data") String genericData, @Context HttpHeaders headers, @Context UriInfo uri) {
        return call(requestor, headers, uri, () -> v1.preauthorize(new V1Query(requestor, deviceId, resource, genericData)))
                .map(r -> r.getStatus() == 200 ? Response.fromResponse(r)
                        .header("Adobe-Request-Id", UUID.randomUUID().toString())
                        .header("Adobe-Response-Confidence", "full").build() : r);
    }

    private Uni<Response> call(String requestor, HttpHeaders headers, UriInfo uri,
            java.util.function.Supplier<Uni<V1Outcome>> operation) {
        ResponseFormat format;
        try {
            format = ResponseFormat.resolve(headers.getHeaderString(HttpHeaders.ACCEPT),
                    uri.getQueryParameters().getFirst("format"), ErrorResponses.pathSuffix(uri.getPath()));
        } catch (IllegalArgumentException e) {
            throw new EnhancedErrorException(EnhancedError.of(ErrorCode.INTERNAL_ERROR,
                    "Conflicting or unknown response formats: " + e.getMessage()).withStatus(400));
        }
        if (requestor == null || requestor.isBlank()) {
            throw new EnhancedErrorException(EnhancedError.of(ErrorCode.INVALID_REQUESTOR,
                    "Required 'requestor' is not present."));
        }
        return auth.requireClient(headers.getHeaderString(HttpHeaders.AUTHORIZATION), "GET", uri.getPath(), requestor)
                .chain(client -> operation.get())
                .map(outcome -> V1Views.render(outcome, format));
    }
}
