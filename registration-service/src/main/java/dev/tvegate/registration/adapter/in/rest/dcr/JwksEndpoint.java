package dev.tvegate.registration.adapter.in.rest.dcr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.registration.application.port.in.GetPublicKeySetUseCase;

/**
 * {@code GET /.well-known/jwks.json} (RFC 7517): the public keys that verify access tokens and software statements.
 * Cacheable for 5 minutes, so a new key must be published (added to the ring) at least that long before it becomes the
 * current signing key if verifiers cache the set; a verifier meeting an unknown kid should fetch the set again.
 */
@Path("/.well-known/jwks.json")
@Tag(name = "DCR")
public class JwksEndpoint {

    private final GetPublicKeySetUseCase useCase;

    public JwksEndpoint(GetPublicKeySetUseCase useCase) {
        this.useCase = useCase;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "JSON Web Key Set of the access-token signing keys")
    public Response jwks() {
        List<Map<String, String>> keys = useCase.publishedKeys().stream().map(k -> {
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("kty", "RSA");
            jwk.put("kid", k.kid());
            jwk.put("use", "sig");
            jwk.put("alg", k.algorithm());
            jwk.put("n", k.modulus());
            jwk.put("e", k.exponent());
            return jwk;
        }).toList();
        return Response.ok(Map.of("keys", keys))
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
