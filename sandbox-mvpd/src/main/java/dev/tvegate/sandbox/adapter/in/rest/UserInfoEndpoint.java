package dev.tvegate.sandbox.adapter.in.rest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.tvegate.sandbox.adapter.in.rest.dto.OAuthErrorResponse;
import dev.tvegate.sandbox.application.port.in.UserInfoUseCase;
import dev.tvegate.sandbox.domain.model.OAuthError;

/** The userinfo endpoint (OpenID Connect Core §5.3), bearer token per RFC 6750 (header, or form body on POST). */
@Path("/userinfo")
@Tag(name = "OpenID Connect")
public class UserInfoEndpoint {

    private final UserInfoUseCase userInfo;

    UserInfoEndpoint(UserInfoUseCase userInfo) {
        this.userInfo = userInfo;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claims of the access token's user")
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return answer(bearer(authorization));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claims of the access token's user (token in the header or the access_token form field)")
    public Response post(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            MultivaluedMap<String, String> form) {
        Optional<String> header = bearer(authorization);
        String field = form == null ? null : form.getFirst("access_token");
        if (header.isPresent() && field != null) {
            return Response.status(400)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sandbox-mvpd\", error=\"invalid_request\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new OAuthErrorResponse(OAuthError.INVALID_REQUEST, "send the token once"))
                    .build();
        }
        return answer(header.isPresent() ? header : Optional.ofNullable(field));
    }

    private Response answer(Optional<String> token) {
        if (token.isEmpty()) {
            return Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sandbox-mvpd\"")
                    .header("Cache-Control", "no-store").build();
        }
        Optional<Map<String, Object>> claims = userInfo.userInfo(token.get());
        if (claims.isEmpty()) {
            return Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sandbox-mvpd\", error=\"invalid_token\", "
                            + "error_description=\"the access token is invalid, expired or revoked\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new OAuthErrorResponse(OAuthError.INVALID_TOKEN,
                            "the access token is invalid, expired or revoked"))
                    .header("Cache-Control", "no-store")
                    .build();
        }
        return Response.ok(claims.get()).header("Cache-Control", "no-store").build();
    }

    private static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String header = authorization.strip();
        if (header.length() > 7 && header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            return Optional.of(header.substring(7).strip());
        }
        return Optional.empty();
    }
}
