package dev.tvegate.sandbox.adapter.in.rest;

import jakarta.ws.rs.Consumes;
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
import dev.tvegate.sandbox.adapter.in.rest.dto.TokenResponse;
import dev.tvegate.sandbox.application.port.in.ExchangeCodeUseCase;
import dev.tvegate.sandbox.application.port.in.ExchangeCodeUseCase.TokenCommand;
import dev.tvegate.sandbox.application.port.in.RequestParameters;
import dev.tvegate.sandbox.domain.model.OAuthError;

/** The token endpoint (RFC 6749 §3.2): authorization_code grant with PKCE, client_secret_basic or _post. */
@Path("/token")
@Tag(name = "OpenID Connect")
public class TokenEndpoint {

    static final String REALM = "Basic realm=\"sandbox-mvpd\"";

    private final ExchangeCodeUseCase exchangeCode;

    TokenEndpoint(ExchangeCodeUseCase exchangeCode) {
        this.exchangeCode = exchangeCode;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange an authorization code (with its PKCE verifier) for an ID token and access token")
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            MultivaluedMap<String, String> form) {
        BasicCredentials.Parsed basic = BasicCredentials.parse(authorization);
        if (basic instanceof BasicCredentials.Malformed) {
            return error(OAuthError.invalidClient("the Basic credentials cannot be read"));
        }
        ExchangeCodeUseCase.TokenResult result = exchangeCode
                .exchange(new TokenCommand(RequestParameters.of(form), BasicCredentials.present(basic)));
        return switch (result) {
            case ExchangeCodeUseCase.Issued issued -> noStore(Response.ok(new TokenResponse(issued.accessToken(),
                    issued.tokenType(), issued.expiresIn(), issued.idToken(), issued.scope())));
            case ExchangeCodeUseCase.Failed failed -> error(failed.error());
        };
    }

    /** RFC 6749 §5.2: 401 with a challenge for invalid_client, 400 otherwise. */
    static Response error(OAuthError error) {
        boolean unauthorized = OAuthError.INVALID_CLIENT.equals(error.error());
        Response.ResponseBuilder response = Response.status(unauthorized ? 401 : 400)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(OAuthErrorResponse.of(error));
        if (unauthorized) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, REALM);
        }
        return noStore(response);
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
    }
}
