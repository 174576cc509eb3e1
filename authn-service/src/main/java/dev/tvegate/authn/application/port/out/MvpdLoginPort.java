package dev.tvegate.authn.application.port.out;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import dev.tvegate.authn.domain.model.MvpdConfig;
import io.smallrye.mutiny.Uni;

/**
 * Signing a user in at an MVPD. One implementation per protocol, selected by {@link #protocol()} (= the MVPD's
 * {@code protocol}, e.g. {@code oidc}).
 */
public interface MvpdLoginPort {

    /** @return the protocol id this adapter serves */
    String protocol();

    /** @return where to send the user agent to sign in */
    Uni<URI> authorizationUrl(LoginRequest request);

    /** Completes the login after the MVPD's callback (code exchange, ID-token verification). */
    Uni<MvpdIdentity> complete(CallbackRequest request);

    /**
     * @return the MVPD's end-session URL with {@code id_token_hint} and {@code post_logout_redirect_uri}, empty when
     *         the MVPD has none
     */
    Uni<Optional<URI>> endSessionUrl(MvpdConfig mvpd, String idTokenHint, String postLogoutRedirectUri);

    /**
     * @param mvpd the MVPD
     * @param state the OIDC state
     * @param nonce the OIDC nonce
     * @param codeChallenge PKCE S256 challenge
     * @param callbackUri TVE Gate's redirect URI registered at the MVPD
     */
    record LoginRequest(MvpdConfig mvpd, String state, String nonce, String codeChallenge, URI callbackUri) {
    }

    /**
     * @param mvpd the MVPD
     * @param authorizationCode the code the MVPD returned
     * @param codeVerifier PKCE verifier
     * @param nonce the expected nonce
     * @param callbackUri the redirect URI used in the authorization request
     */
    record CallbackRequest(MvpdConfig mvpd, String authorizationCode, String codeVerifier, String nonce,
            URI callbackUri) {
    }

    /**
     * @param subject the MVPD's user id ({@code sub})
     * @param claims ID-token (and userinfo) claims that become profile attributes
     * @param idToken the raw ID token, kept as end-session {@code id_token_hint}
     */
    record MvpdIdentity(String subject, Map<String, Object> claims, String idToken) {
        @Override
        public String toString() {
            return "MvpdIdentity[subject=" + subject + ", claims=" + claims.keySet() + "]";
        }
    }
}
