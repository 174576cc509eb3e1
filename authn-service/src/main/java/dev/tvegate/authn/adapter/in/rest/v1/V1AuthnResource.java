package dev.tvegate.authn.adapter.in.rest.v1;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.authn.application.port.in.V1AuthnStatus;
import dev.tvegate.authn.application.port.in.V1AuthnTokensUseCase;
import dev.tvegate.authn.application.port.in.V1DeviceQuery;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.error.V1StatusError;
import io.smallrye.mutiny.Uni;

/**
 * REST v1 AuthN token endpoints (spec §6.2), XML by default or JSON ({@code Accept}, {@code format=}, or a
 * {@code .json}/{@code .xml} suffix):
 * <ul>
 * <li>{@code GET /api/v1/checkauthn?requestor&deviceId&device_info} — 200 (empty body) when the device holds a valid
 * AuthN token, else 403 {@code Authentication token expired} / {@code Authentication token not found};</li>
 * <li>{@code GET /api/v1/checkauthn/{registrationCode}?requestor} — 200 once the device behind the code is
 * authenticated, else 403 {@code {"status":403,"message":"Forbidden"}};</li>
 * <li>{@code GET /api/v1/tokens/authn?requestor&deviceId&device_info} — 200 the token, 404 none, 410 expired;</li>
 * <li>{@code DELETE /api/v1/logout?requestor&deviceId&device_info} — 204; removes the device's tokens (no MVPD
 * logout, spec ⚠) and publishes {@code authn:logout} so that authz forgets its authorizations.</li>
 * </ul>
 * Errors of the request itself are Enhanced Error Codes in the chosen format: 400 {@code invalid_requestor},
 * {@code invalid_device_id}, {@code invalid_device_info}; 401 {@code invalid_access_token_…}; 503 when a signed requestor
 * cannot be verified. Callers: see {@link V1CallerAuthenticator}.
 */
@Path("/api/v1")
@Tag(name = "REST v1", description = "REST API v1 (clientless) authentication")
public class V1AuthnResource {

    private final V1CallerAuthenticator callers;
    private final V1AuthnTokensUseCase tokens;

    public V1AuthnResource(V1CallerAuthenticator callers, V1AuthnTokensUseCase tokens) {
        this.callers = callers;
        this.tokens = tokens;
    }

    @GET
    @Path("checkauthn" + V1Http.SUFFIX)
    @Operation(summary = "Does the device hold a valid AuthN token? (v1)")
    public Uni<Response> checkAuthn(@QueryParam("requestor") String requestor,
            @QueryParam("deviceId") String deviceId, @QueryParam("device_info") String deviceInfo,
            @QueryParam("format") String formatParam, @PathParam("suffix") String suffix,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        ResponseFormat format = V1Http.format(headers, formatParam, suffix);
        if (format == null) {
            return Uni.createFrom().item(V1Http.conflictingFormats());
        }
        return callers.requireClient(headers.getHeaderString(HttpHeaders.AUTHORIZATION), "GET", uri.getPath(),
                requestor)
                .invoke(client -> V1Http.checkDeviceInfo(headers, deviceInfo))
                .chain(client -> tokens.status(new V1DeviceQuery(requestor, deviceId)))
                .map(status -> switch (status) {
                    case V1AuthnStatus.Valid v -> V1Http.ok(200, format, "");
                    case V1AuthnStatus.Expired e -> V1Http.status(
                            new V1StatusError(403, "Authentication token expired", null), format);
                    case V1AuthnStatus.Missing m -> V1Http.status(
                            new V1StatusError(403, "Authentication token not found", null), format);
                });
    }

    @GET
    @Path("checkauthn/{registrationCode: [^/.]+}" + V1Http.SUFFIX)
    @Operation(summary = "Is the device behind a registration code authenticated? (v1, second screen)")
    public Uni<Response> checkAuthnByCode(@PathParam("registrationCode") String registrationCode,
            @QueryParam("requestor") String requestor, @QueryParam("format") String formatParam,
            @PathParam("suffix") String suffix, @Context HttpHeaders headers, @Context UriInfo uri) {
        ResponseFormat format = V1Http.format(headers, formatParam, suffix);
        if (format == null) {
            return Uni.createFrom().item(V1Http.conflictingFormats());
        }
        return callers.requireClient(headers.getHeaderString(HttpHeaders.AUTHORIZATION), "GET", uri.getPath(),
                requestor)
                .chain(client -> tokens.authenticatedByRegCode(requestor, registrationCode))
                .map(ok -> ok ? V1Http.ok(200, format, "") : V1Http.status(V1StatusError.forbidden(), format));
    }

    @GET
    @Path("tokens/authn" + V1Http.SUFFIX)
    @Operation(summary = "The device's AuthN token: 200, 404 (none) or 410 (expired) (v1)")
    public Uni<Response> authnToken(@QueryParam("requestor") String requestor,
            @QueryParam("deviceId") String deviceId, @QueryParam("device_info") String deviceInfo,
            @QueryParam("format") String formatParam, @PathParam("suffix") String suffix,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        ResponseFormat format = V1Http.format(headers, formatParam, suffix);
        if (format == null) {
            return Uni.createFrom().item(V1Http.conflictingFormats());
        }
        return callers.requireClient(headers.getHeaderString(HttpHeaders.AUTHORIZATION), "GET", uri.getPath(),
                requestor)
                .invoke(client -> V1Http.checkDeviceInfo(headers, deviceInfo))
                .chain(client -> tokens.status(new V1DeviceQuery(requestor, deviceId)))
                .map(status -> switch (status) {
                    case V1AuthnStatus.Valid v -> V1Http.ok(200, format, V1Views.authnToken(v.profile(), format));
                    case V1AuthnStatus.Expired e -> V1Http.status(V1StatusError.gone(), format);
                    case V1AuthnStatus.Missing m -> V1Http.status(V1Views.notFound(format), format);
                });
    }

    @DELETE
    @Path("logout" + V1Http.SUFFIX)
    @Operation(summary = "Remove the device's AuthN tokens (v1; the MVPD session is not ended)")
    public Uni<Response> logout(@QueryParam("requestor") String requestor, @QueryParam("deviceId") String deviceId,
            @QueryParam("device_info") String deviceInfo, @QueryParam("format") String formatParam,
            @PathParam("suffix") String suffix, @Context HttpHeaders headers, @Context UriInfo uri) {
        if (V1Http.format(headers, formatParam, suffix) == null) {
            return Uni.createFrom().item(V1Http.conflictingFormats());
        }
        return callers.requireClient(headers.getHeaderString(HttpHeaders.AUTHORIZATION), "DELETE", uri.getPath(),
                requestor)
                .invoke(client -> V1Http.checkDeviceInfo(headers, deviceInfo))
                .chain(client -> tokens.logout(new V1DeviceQuery(requestor, deviceId)))
                .map(ignored -> Response.noContent().build());
    }
}
