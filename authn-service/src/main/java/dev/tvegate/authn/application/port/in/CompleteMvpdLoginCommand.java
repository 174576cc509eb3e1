package dev.tvegate.authn.application.port.in;

/**
 * The parameters of the authorization response (RFC 6749 §4.1.2, §4.1.2.1; RFC 9207). Any may be missing: the use
 * case reports what is wrong.
 *
 * @param state the state TVE Gate sent
 * @param authorizationCode the authorization code, on success
 * @param error the OAuth error code, on failure
 * @param errorDescription the MVPD's human-readable error text, on failure (logged shortened, never shown)
 * @param issuer the {@code iss} parameter, when the MVPD sends one (RFC 9207)
 */
public record CompleteMvpdLoginCommand(String state, String authorizationCode, String error,
        String errorDescription, String issuer) {

    @Override
    public String toString() {
        return "CompleteMvpdLoginCommand[error=" + error + ", issuer=" + issuer + "]";
    }
}
