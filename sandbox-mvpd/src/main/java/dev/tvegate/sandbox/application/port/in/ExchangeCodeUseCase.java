package dev.tvegate.sandbox.application.port.in;

import java.util.Optional;

import dev.tvegate.sandbox.domain.model.OAuthError;

/** The token endpoint's authorization_code grant (RFC 6749 §4.1.3, RFC 7636 §4.5, OpenID Connect Core §3.1.3). */
public interface ExchangeCodeUseCase {

    TokenResult exchange(TokenCommand command);

    /**
     * @param form the form parameters
     * @param basic the credentials from an {@code Authorization: Basic} header, if one was sent
     */
    record TokenCommand(RequestParameters form, Optional<ClientCredentials> basic) {
    }

    /** The outcome of a token request. */
    sealed interface TokenResult {
    }

    /** Tokens were issued. */
    record Issued(String accessToken, String tokenType, long expiresIn, String idToken, String scope)
            implements
                TokenResult {

        @Override
        public String toString() {
            return "Issued[expiresIn=" + expiresIn + ", scope=" + scope + "]";
        }
    }

    /** The request was refused with an RFC 6749 §5.2 error. */
    record Failed(OAuthError error) implements TokenResult {
    }
}
