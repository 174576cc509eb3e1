package dev.tvegate.drm.adapter.in.rest;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.drm.application.port.in.CheckRightsUseCase;
import dev.tvegate.drm.application.port.in.CheckRightsUseCase.CheckRightsQuery;
import dev.tvegate.drm.application.port.in.CheckRightsUseCase.RightsResult;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.ErrorFormat;
import dev.tvegate.drm.domain.model.TokenParameters;
import dev.tvegate.drm.domain.model.TokenRights;
import io.smallrye.mutiny.Uni;

/**
 * The redeem-side check of {@code local} tokens: {@code GET|POST /hms/{drm}/rights/?ExpressPlayToken=…} answers the
 * token's rights as JSON (200) or {@code -4010} (400). A license server that also sends one of the customer's
 * {@code customerAuthenticator}s gets the content key ({@code contentKey}, hex) to build the license; producing a
 * FairPlay CKC / Widevine / PlayReady license needs the DRM vendors' credentials and is not part of TVE Gate.
 */
@Path("/hms/{drm}/rights")
@Tag(name = "Rights check (local tokens)")
public class RightsResource {

    private final CheckRightsUseCase checkRights;

    public RightsResource(CheckRightsUseCase checkRights) {
        this.checkRights = checkRights;
    }

    @GET
    @Operation(summary = "Validate a local ExpressPlayToken and return its rights")
    public Uni<Response> get(@PathParam("drm") String drm, @Context UriInfo uri) {
        return check(drm, RequestParameters.of(uri.getQueryParameters(), null, null));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Validate a local ExpressPlayToken (form body or query) and return its rights")
    public Uni<Response> post(@PathParam("drm") String drm, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, String body) {
        return check(drm, RequestParameters.of(uri.getQueryParameters(), contentType, body));
    }

    private Uni<Response> check(String drmSegment, TokenParameters params) {
        ErrorFormat format = params.first("errorFormat").flatMap(ErrorFormat::fromParameter).orElse(ErrorFormat.JSON);
        Optional<DrmSystem> drm = DrmSystem.fromPathSegment(drmSegment);
        if (drm.isEmpty()) {
            return Uni.createFrom().item(ExpressPlayErrors.render(format, TokenErrorCode.BAD_URL,
                    "Bad URL: no rights check for " + drmSegment));
        }
        Optional<String> token = params.first("ExpressPlayToken").filter(t -> !t.isEmpty());
        if (token.isEmpty()) {
            return Uni.createFrom().item(ExpressPlayErrors.render(format, TokenErrorCode.TOKEN_INVALID,
                    "Token invalid: ExpressPlayToken missing"));
        }
        return Uni.createFrom()
                .deferred(() -> checkRights.check(new CheckRightsQuery(drm.get(), token.get(),
                        params.first("customerAuthenticator"))))
                .map(RightsResource::view)
                .onFailure().recoverWithItem(failure -> ExpressPlayErrors.render(format, failure));
    }

    private static Response view(RightsResult result) {
        TokenRights r = result.rights();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("valid", true);
        body.put("tokenId", r.tokenId());
        body.put("customerId", r.customerId());
        body.put("drm", r.drm().pathSegment());
        body.put("environment", r.environment().id());
        body.put("issuedAt", r.issuedAt().toString());
        body.put("expiresAt", r.expiresAt().toString());
        r.kid().ifPresent(v -> body.put("kid", v));
        r.cookie().ifPresent(v -> body.put("cookie", v));
        r.resourceId().ifPresent(v -> body.put("resourceId", v));
        r.mediaTokenId().ifPresent(v -> body.put("mediaTokenId", v));
        body.put("policy", r.policy());
        if (result.keyRevealed()) {
            body.put("contentKey", HexFormat.of().formatHex(r.contentKey()));
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
    }
}
