package dev.tvegate.sandbox.domain;

import org.junit.jupiter.api.Test;

import dev.tvegate.sandbox.domain.service.Pkce;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTest {

    /** RFC 7636 Appendix B. */
    private static final String RFC_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String RFC_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void s256OfTheRfc7636AppendixBVerifierIsItsChallenge() {
        assertThat(Pkce.s256(RFC_VERIFIER)).isEqualTo(RFC_CHALLENGE);
        assertThat(Pkce.verifyS256(RFC_VERIFIER, RFC_CHALLENGE)).isTrue();
    }

    @Test
    void aDifferentVerifierDoesNotMatch() {
        String other = RFC_VERIFIER.substring(0, RFC_VERIFIER.length() - 1) + "Y";
        assertThat(Pkce.verifyS256(other, RFC_CHALLENGE)).isFalse();
    }

    @Test
    void thePlainMethodIsNotAcceptedByPresentingTheChallengeAsVerifier() {
        assertThat(Pkce.verifyS256(RFC_CHALLENGE, RFC_CHALLENGE)).isFalse();
    }

    @Test
    void verifiersMustHaveTheRfcSyntax() {
        assertThat(Pkce.isWellFormedVerifier("a".repeat(42))).isFalse();
        assertThat(Pkce.isWellFormedVerifier("a".repeat(43))).isTrue();
        assertThat(Pkce.isWellFormedVerifier("a".repeat(128))).isTrue();
        assertThat(Pkce.isWellFormedVerifier("a".repeat(129))).isFalse();
        assertThat(Pkce.isWellFormedVerifier("a".repeat(42) + "+")).isFalse();
        assertThat(Pkce.isWellFormedVerifier("aZ09-._~".repeat(6))).isTrue();
        assertThat(Pkce.verifyS256(null, RFC_CHALLENGE)).isFalse();
        assertThat(Pkce.verifyS256(RFC_VERIFIER, null)).isFalse();
    }

    @Test
    void challengesMustBe43Base64UrlCharacters() {
        assertThat(Pkce.isWellFormedS256Challenge(RFC_CHALLENGE)).isTrue();
        assertThat(Pkce.isWellFormedS256Challenge(RFC_CHALLENGE + "=")).isFalse();
        assertThat(Pkce.isWellFormedS256Challenge(RFC_CHALLENGE.substring(1))).isFalse();
        assertThat(Pkce.isWellFormedS256Challenge(RFC_CHALLENGE.replace('-', '+'))).isFalse();
    }
}
