package dev.tvegate.registration.adapter.in.rest.dcr;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;

/**
 * {@code POST /o/client/token} (spec §1.3, RFC 6749 §4.4): the client-credentials grant. Success is 201 (as Adobe
 * documents it) with {@code Cache-Control: no-store} and {@code Pragma: no-cache}. Credentials come in the form body
 * (Adobe's form) or, RFC 6749 §2.3.1, in an HTTP Basic header, never both.
 */
@Path("/o/client/token")
@Tag(name = "DCR")
public class TokenEndpoint {

    private static final String BASIC = "basic ";
    private static final List<String> CREDENTIAL_PARAMETERS = List.of("client_id", "client_secret", "grant_type");

    private final IssueAccessTokenUseCase useCase;

    public TokenEndpoint(IssueAccessTokenUseCase useCase) {
        this.useCase = useCase;
    }

    /** The 201 body of spec §1.3. */
    @RegisterForReflection
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
        for (String name : CREDENTIAL_PARAMETERS) {
            if (uriInfo.getQueryParameters().containsKey(name)) {
                throw StrictForm.invalid("Parameter '" + name + "' must be sent in the form body, not the query");
            }
        }
        StrictForm form = StrictForm.parse(body);
        String clientId = form.getOrNull("client_id");
        String clientSecret = form.getOrNull("client_secret");
        List<String> authorization = headers.getRequestHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isEmpty()) {
            // RFC 6749 §2.3.1: HTTP Basic is the other way to authenticate; using both (or anything else) is refused
            if (authorization.size() > 1 || clientId != null || clientSecret != null) {
                throw StrictForm.invalid("Use exactly one client authentication method: the form body (as Adobe "
                        + "documents it) or HTTP Basic");
            }
            String[] basic = basicCredentials(authorization.get(0));
            clientId = basic[0];
            clientSecret = basic[1];
        }
        IssueAccessTokenCommand command = new IssueAccessTokenCommand(clientId, clientSecret,
                form.getOrNull("grant_type"));
        return useCase.issue(command)
                .map(result -> Response.status(Response.Status.CREATED)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .header("Cache-Control", "no-store")
                        .header("Pragma", "no-cache")
                        .entity(TokenResponse.of(result))
                        .build());
    }

    /** @return {client_id, client_secret} of an RFC 6749 §2.3.1 Basic header (each form-urlencoded) */
    static String[] basicCredentials(String header) {
        if (!header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw StrictForm.invalid("Unsupported Authorization scheme: send the client credentials in the form body");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw StrictForm.invalid("Malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw StrictForm.invalid("Malformed Basic credentials");
        }
        try {
            return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            throw StrictForm.invalid("Malformed Basic credentials");
        }
    }
}
