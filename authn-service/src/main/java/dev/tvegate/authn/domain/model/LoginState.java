package dev.tvegate.authn.domain.model;

import java.util.Objects;

/**
 * What the MVPD login remembers between the redirect to the MVPD and its callback, found by the OIDC {@code state}.
 * Single use.
 *
 * @param code the authentication code of the session being completed
 * @param serviceProvider the session's SP
 * @param mvpd the MVPD the user agent was sent to
 * @param nonce the OIDC nonce expected in the ID token
 * @param pkceVerifier the PKCE S256 code verifier
 * @param redirectUrl where the user agent goes once the profile is stored
 * @param createdAt epoch ms
 */
public record LoginState(String code, String serviceProvider, String mvpd, String nonce, String pkceVerifier,
        String redirectUrl, long createdAt) {

    public LoginState {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(mvpd, "mvpd");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(pkceVerifier, "pkceVerifier");
    }

    @Override
    public String toString() {
        return "LoginState[sp=" + serviceProvider + ", mvpd=" + mvpd + ", createdAt=" + createdAt + "]";
    }
}
