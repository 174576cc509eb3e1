package dev.tvegate.sandbox.adapter.in.rest;

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

import dev.tvegate.sandbox.application.port.in.DescribeProviderUseCase;
import dev.tvegate.sandbox.application.port.in.DescribeProviderUseCase.ProviderDescription;

/** OpenID Connect Discovery 1.0 §4 provider metadata. Endpoint URLs are the issuer plus a fixed path. */
@Path("/.well-known/openid-configuration")
@Tag(name = "OpenID Connect")
public class DiscoveryEndpoint {

    private final DescribeProviderUseCase provider;

    DiscoveryEndpoint(DescribeProviderUseCase provider) {
        this.provider = provider;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Provider metadata")
    public Response configuration() {
        ProviderDescription description = provider.describe();
        String issuer = description.issuer();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer);
        metadata.put("authorization_endpoint", issuer + "/authorize");
        metadata.put("token_endpoint", issuer + "/token");
        metadata.put("jwks_uri", issuer + "/jwks");
        metadata.put("userinfo_endpoint", issuer + "/userinfo");
        metadata.put("end_session_endpoint", issuer + "/logout");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("response_modes_supported", List.of("query"));
        metadata.put("grant_types_supported", List.of("authorization_code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        metadata.put("scopes_supported", description.scopes());
        metadata.put("claims_supported", description.claims());
        metadata.put("prompt_values_supported", List.of("none", "login"));
        metadata.put("claims_parameter_supported", false);
        metadata.put("request_parameter_supported", false);
        metadata.put("request_uri_parameter_supported", false);
        metadata.put("authorization_response_iss_parameter_supported", true);
        return Response.ok(metadata).header("Cache-Control", "public, max-age=300").build();
    }
}
