package dev.tvegate.sandbox.adapter.in.rest;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.sandbox.application.port.in.DescribeProviderUseCase;

/** The public signing keys (RFC 7517 JWK Set). */
@Path("/jwks")
@Tag(name = "OpenID Connect")
public class JwksEndpoint {

    private final DescribeProviderUseCase provider;

    JwksEndpoint(DescribeProviderUseCase provider) {
        this.provider = provider;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "JWK Set of the ID token signing keys")
    public Response jwks() {
        return Response.ok(Map.of("keys", provider.publicKeys())).header("Cache-Control", "public, max-age=300")
                .build();
    }
}
