package dev.tvegate.authn.domain.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.tvegate.kernel.code.Secrets;

/**
 * Proof Key for Code Exchange (RFC 7636) with the {@code S256} method, the only one TVE Gate sends: the verifier is
 * a CSPRNG value kept server-side in the login state, the challenge goes to the MVPD in the authorization request,
 * and the verifier goes to the token endpoint. An intercepted authorization code is useless without it.
 */
public final class Pkce {

    /** The challenge method sent as {@code code_challenge_method}. */
    public static final String S256 = "S256";

    /** 32 random bytes: a 43-character verifier (RFC 7636 §4.1 asks for 43–128 characters and 256 bits). */
    static final int VERIFIER_BYTES = 32;

    private Pkce() {
    }

    /** @return a new code verifier: URL-safe Base64 without padding of 32 CSPRNG bytes (43 characters) */
    public static String newVerifier() {
        return Secrets.randomToken(VERIFIER_BYTES);
    }

    /**
     * @param verifier the code verifier (ASCII)
     * @return {@code BASE64URL(SHA256(ASCII(verifier)))} without padding (RFC 7636 §4.2)
     */
    public static String challengeS256(String verifier) {
        byte[] digest = Secrets.sha256(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
