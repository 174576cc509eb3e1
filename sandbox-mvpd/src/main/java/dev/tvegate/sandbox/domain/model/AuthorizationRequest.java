package dev.tvegate.sandbox.domain.model;

import java.util.List;

/**
 * A validated OpenID Connect authorization request (code flow, PKCE S256), waiting for the user to sign in.
 *
 * @param clientId the client that asked
 * @param redirectUri the redirect URI, already matched against the client's registered list
 * @param scopes the granted scopes (requested ∩ supported, always containing {@code openid})
 * @param state the client's opaque state, echoed back
 * @param nonce the nonce, copied into the ID token
 * @param codeChallenge the PKCE S256 code challenge
 * @param loginHint the {@code login_hint} to pre-fill the user field with, or null
 */
public record AuthorizationRequest(String clientId, String redirectUri, List<String> scopes, String state,
        String nonce, String codeChallenge, String loginHint) {

    public AuthorizationRequest {
        scopes = List.copyOf(scopes);
    }

    /** @return the scopes as the space-separated string OAuth uses */
    public String scope() {
        return String.join(" ", scopes);
    }
}
