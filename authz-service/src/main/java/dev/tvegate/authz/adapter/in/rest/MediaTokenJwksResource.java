package dev.tvegate.authz.adapter.in.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.authz.application.port.in.GetMediaTokenKeysUseCase;

/**
 * {@code GET /.well-known/media-token-jwks.json}: the public keys that verify media tokens (for
 * {@code MediaTokenVerifier.fromJwksUrl}, CDNs, DRM services). Public, cacheable for 5 minutes.
 */
@Path("/.well-known/media-token-jwks.json")
@Tag(name = "media tokens")
public class MediaTokenJwksResource {

    private final GetMediaTokenKeysUseCase keys;

    public MediaTokenJwksResource(GetMediaTokenKeysUseCase keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Media-token verification keys (JWKS)")
    public Response jwks() {
        return Response.ok(keys.jwksJson()).header(HttpHeaders.CACHE_CONTROL, "public, max-age=300").build();
    }
}
