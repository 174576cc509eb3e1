package dev.tvegate.registration.adapter.in.rest.dcr;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tvegate.registration.application.port.in.AccessTokenResult;
import dev.tvegate.registration.application.port.in.IssueAccessTokenCommand;
import dev.tvegate.registration.application.port.in.IssueAccessTokenUseCase;
import io.smallrye.mutiny.Uni;

/**
 * {@code POST /o/client/token} (spec §1.3, RFC 6749 §4.4): the client-credentials grant. Success is 201 (as Adobe
 * documents it) with {@code Cache-Control: no-store} and {@code Pragma: no-cache}.
 */
@Path("/o/client/token")
@Tag(name = "DCR")
public class TokenEndpoint {

    private static final List<String> CREDENTIAL_PARAMETERS = List.of("client_id", "client_secret", "grant_type");

    private final IssueAccessTokenUseCase useCase;

    public TokenEndpoint(IssueAccessTokenUseCase useCase) {
        this.useCase = useCase;
    }

    /** The 201 body of spec §1.3. */
    public record TokenResponse(String id, @JsonProperty("access_token") String accessToken,
            @JsonProperty("created_at") long createdAt, @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("token_type") String tokenType) {
        static TokenResponse of(AccessTokenResult r) {
            return new TokenResponse(r.id(), r.accessToken(), r.createdAtMillis(), r.expiresInSeconds(), "bearer");
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Obtain an access token (client_credentials)")
    public Uni<Response> token(@Context HttpHeaders headers, @Context UriInfo uriInfo, String body) {
        DcrRequests.requireContentType(headers, MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        DcrRequests.validateDeviceInfo(headers);
        if (headers.getRequestHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            throw StrictForm.invalid("Send the client credentials in the form body only, not in an Authorization "
                    + "header");
        }
        for (String name : CREDENTIAL_PARAMETERS) {
            if (uriInfo.getQueryParameters().containsKey(name)) {
                throw StrictForm.invalid("Parameter '" + name + "' must be sent in the form body, not the query");
            }
        }
        StrictForm form = StrictForm.parse(body);
        IssueAccessTokenCommand command = new IssueAccessTokenCommand(form.getOrNull("client_id"),
                form.getOrNull("client_secret"), form.getOrNull("grant_type"));
        return useCase.issue(command)
                .map(result -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Cache-Control", "no-store")
                        .header("Pragma", "no-cache")
                        .entity(TokenResponse.of(result))
                        .build());
    }
}
