package dev.tvegate.drm.adapter.in.rest;

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

import dev.tvegate.drm.application.port.in.IssueTokenCommand;
import dev.tvegate.drm.application.port.in.IssueTokenUseCase;
import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.ErrorFormat;
import dev.tvegate.drm.domain.model.IssuedToken;
import dev.tvegate.drm.domain.model.TokenParameters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * ExpressPlay's token API: {@code GET|POST /hms/{fp|wv|pr}/token} (query string and/or form body). FairPlay and
 * Widevine answer {@code 200 text/uri-list} with the license URL carrying {@code ExpressPlayToken=…}; PlayReady
 * answers JSON {@code {"licenseAcquisitionUrl", "token"}} (spec §5.2). Errors follow {@code errorFormat}.
 */
@Path("/hms/{drm}/token")
@Tag(name = "ExpressPlay token API")
public class TokenResource {

    static final String URI_LIST = "text/uri-list";
    private static final String BEARER = "bearer ";

    private final IssueTokenUseCase issueToken;
    private final MeterRegistry meters;
    private final java.util.concurrent.ConcurrentMap<String, Counter> counters = new java.util.concurrent.ConcurrentHashMap<>();

    public TokenResource(IssueTokenUseCase issueToken, MeterRegistry meters) {
        this.issueToken = issueToken;
        this.meters = meters;
    }

    @GET
    @Operation(summary = "Get a DRM license token (query-string parameters)")
    public Uni<Response> get(@PathParam("drm") String drm, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return issue(drm, RequestParameters.of(uri.getQueryParameters(), null, null), authorization);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Get a DRM license token (application/x-www-form-urlencoded body, and/or query string)")
    public Uni<Response> post(@PathParam("drm") String drm, @Context UriInfo uri,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return issue(drm, RequestParameters.of(uri.getQueryParameters(), contentType, body), authorization);
    }

    private Uni<Response> issue(String drmSegment, TokenParameters params, String authorization) {
        ErrorFormat format = ExpressPlayErrors.format(params);
        Optional<DrmSystem> drm = DrmSystem.fromPathSegment(drmSegment);
        if (drm.isEmpty()) {
            return Uni.createFrom().item(ExpressPlayErrors.render(format, TokenErrorCode.BAD_URL,
                    "Bad URL: no token API for " + drmSegment));
        }
        return Uni.createFrom().deferred(() -> issueToken.issue(new IssueTokenCommand(drm.get(), params,
                bearer(authorization))))
                .map(token -> {
                    count(drm.get(), "issued");
                    return success(token);
                })
                .onFailure().recoverWithItem(failure -> {
                    count(drm.get(), failure instanceof TokenRequestException e
                            ? Integer.toString(e.errorCode().code())
                            : "error");
                    return ExpressPlayErrors.render(format, failure);
                });
    }

    private static Response success(IssuedToken token) {
        Response.ResponseBuilder ok = Response.ok().header("Cache-Control", "no-store");
        if (token.drm() == DrmSystem.PLAYREADY) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("licenseAcquisitionUrl", token.licenseAcquisitionUrl());
            body.put("token", token.token());
            return ok.type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
        return ok.type(URI_LIST).entity(token.tokenUrl()).build();
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).strip());
    }

    /** One counter per (DRM, outcome), looked up once: registry look-ups showed in the benchmark's profile. */
    private void count(DrmSystem drm, String outcome) {
        counters.computeIfAbsent(drm.pathSegment() + '/' + outcome,
                k -> meters.counter("tvegate.drm.tokens", "drm", drm.pathSegment(), "outcome", outcome)).increment();
    }
}
