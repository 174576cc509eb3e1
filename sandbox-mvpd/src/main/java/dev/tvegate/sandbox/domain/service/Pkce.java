package dev.tvegate.sandbox.domain.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import dev.tvegate.kernel.code.Secrets;

/**
 * Proof Key for Code Exchange (RFC 7636), S256 only: {@code plain} offers no protection against a stolen code when
 * the challenge leaks, and OAuth 2.1 / the OAuth security BCP require S256.
 */
public final class Pkce {

    /** The only supported {@code code_challenge_method}. */
    public static final String S256 = "S256";

    /** RFC 7636 §4.1: 43–128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~". */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    /** An S256 challenge is the unpadded base64url encoding of 32 bytes: exactly 43 characters. */
    private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Pkce() {
    }

    /** @return whether {@code verifier} has the RFC 7636 §4.1 syntax */
    public static boolean isWellFormedVerifier(String verifier) {
        return verifier != null && VERIFIER.matcher(verifier).matches();
    }

    /** @return whether {@code challenge} can be an S256 challenge */
    public static boolean isWellFormedS256Challenge(String challenge) {
        return challenge != null && S256_CHALLENGE.matcher(challenge).matches();
    }

    /** @return {@code BASE64URL(SHA256(ASCII(verifier)))}, RFC 7636 §4.2 */
    public static String s256(String verifier) {
        byte[] digest = Secrets.sha256(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** @return whether {@code verifier} is well formed and hashes to {@code challenge} (constant-time comparison) */
    public static boolean verifyS256(String verifier, String challenge) {
        return isWellFormedVerifier(verifier) && challenge != null
                && Secrets.constantTimeEquals(s256(verifier), challenge);
    }
}
