package dev.tvegate.registration.adapter.in.rest.dcr;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tvegate.registration.application.port.in.RegisterClientCommand;
import dev.tvegate.registration.application.port.in.RegisterClientResult;
import dev.tvegate.registration.application.port.in.RegisterClientUseCase;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * {@code POST /o/client/register} (spec §1.2, RFC 7591 §3): JSON {@code {"software_statement", "redirect_uri"?}}.
 * The RFC's {@code redirect_uris} array is accepted too (not both). Unknown metadata is ignored, as RFC 7591 allows;
 * a repeated member, a wrong type or a body that is not a JSON object is {@code invalid_request}.
 */
@Path("/o/client/register")
@Tag(name = "DCR")
public class ClientRegistrationEndpoint {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int MAX_BODY_CHARS = 32 * 1024;

    private final RegisterClientUseCase useCase;

    public ClientRegistrationEndpoint(RegisterClientUseCase useCase) {
        this.useCase = useCase;
    }

    /** The 201 body of spec §1.2 ({@code client_secret_expires_at: 0} = never, RFC 7591 §3.2.1). */
    @RegisterForReflection
    public record RegistrationResponse(@JsonProperty("client_id") String clientId,
            @JsonProperty("client_secret") String clientSecret,
            @JsonProperty("client_id_issued_at") long clientIdIssuedAt,
            @JsonProperty("client_secret_expires_at") long clientSecretExpiresAt,
            @JsonProperty("redirect_uris") List<String> redirectUris,
            @JsonProperty("grant_types") List<String> grantTypes,
            List<String> scopes) {
        static RegistrationResponse of(RegisterClientResult r) {
            return new RegistrationResponse(r.clientId(), r.clientSecret(), r.issuedAtEpochSeconds(), 0,
                    r.redirectUris(), r.grantTypes(), r.scopes());
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a client with a software statement")
    public Uni<Response> register(@Context HttpHeaders headers, String body) {
        DcrRequests.requireContentType(headers, MediaType.APPLICATION_JSON_TYPE);
        DcrRequests.validateDeviceInfo(headers);
        RegisterClientCommand command = parse(body);
        return useCase.register(command)
                .map(result -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Cache-Control", "no-store")
                        .header("Pragma", "no-cache")
                        .entity(RegistrationResponse.of(result))
                        .build());
    }

    static RegisterClientCommand parse(String body) {
        if (body == null || body.isBlank()) {
            throw StrictForm.invalid("The body must be a JSON object");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw StrictForm.invalid("Request body too large");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw StrictForm.invalid("The body is not valid JSON or repeats a member");
        }
        if (root == null || !root.isObject()) {
            throw StrictForm.invalid("The body must be a JSON object");
        }
        String statement = optionalString(root, "software_statement");
        List<String> redirectUris = new ArrayList<>();
        String single = optionalString(root, "redirect_uri");
        JsonNode many = root.get("redirect_uris");
        if (single != null && many != null) {
            throw StrictForm.invalid("Send redirect_uri or redirect_uris, not both");
        }
        if (single != null) {
            redirectUris.add(single);
        } else if (many != null && !many.isNull()) {
            if (!many.isArray() || many.size() > 10) {
                throw StrictForm.invalid("redirect_uris must be an array of at most 10 strings");
            }
            for (JsonNode uri : many) {
                if (!uri.isTextual()) {
                    throw StrictForm.invalid("redirect_uris must be an array of strings");
                }
                redirectUris.add(uri.asText());
            }
        }
        return new RegisterClientCommand(statement, redirectUris);
    }

    private static String optionalString(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw StrictForm.invalid(name + " must be a string");
        }
        return node.asText();
    }
}
