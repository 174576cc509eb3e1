package dev.tvegate.authn.adapter.out.oidc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The parts of an OpenID Provider's discovery document (OpenID Connect Discovery 1.0 §3) that the login uses.
 *
 * @param issuer the provider's issuer identifier: {@code iss} of its ID tokens
 * @param authorizationEndpoint where the user agent signs in
 * @param tokenEndpoint where codes are exchanged
 * @param jwksUri the provider's signing keys
 * @param endSessionEndpoint RP-initiated logout, may be null
 * @param tokenEndpointAuthMethods supported client authentication methods (default {@code client_secret_basic})
 */
record ProviderMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
        String endSessionEndpoint, List<String> tokenEndpointAuthMethods) {

    static final String BASIC = "client_secret_basic";
    static final String POST = "client_secret_post";

    ProviderMetadata {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(authorizationEndpoint, "authorization_endpoint");
        Objects.requireNonNull(tokenEndpoint, "token_endpoint");
        Objects.requireNonNull(jwksUri, "jwks_uri");
        tokenEndpointAuthMethods = tokenEndpointAuthMethods == null || tokenEndpointAuthMethods.isEmpty()
                ? List.of(BASIC)
                : List.copyOf(tokenEndpointAuthMethods);
    }

    /** @return whether to send the client secret in the form rather than in a Basic header */
    boolean prefersSecretInForm() {
        return !tokenEndpointAuthMethods.contains(BASIC) && tokenEndpointAuthMethods.contains(POST);
    }

    /**
     * @throws OidcExceptions.InvalidResponse when the body is not a discovery document with the required members
     */
    static ProviderMetadata parse(String body) {
        JsonObject json;
        try {
            json = new JsonObject(body);
        } catch (DecodeException | ClassCastException e) {
            throw new OidcExceptions.InvalidResponse("discovery document is not a JSON object");
        }
        try {
            return new ProviderMetadata(text(json, "issuer"), text(json, "authorization_endpoint"),
                    text(json, "token_endpoint"), text(json, "jwks_uri"), text(json, "end_session_endpoint"),
                    texts(json, "token_endpoint_auth_methods_supported"));
        } catch (NullPointerException | ClassCastException e) {
            throw new OidcExceptions.InvalidResponse("discovery document lacks or mistypes a required member: "
                    + e.getMessage());
        }
    }

    private static String text(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            throw new ClassCastException(name);
        }
        return s;
    }

    private static List<String> texts(JsonObject json, String name) {
        Object value = json.getValue(name);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : array) {
            if (o instanceof String s) {
                out.add(s);
            }
        }
        return out;
    }
}
