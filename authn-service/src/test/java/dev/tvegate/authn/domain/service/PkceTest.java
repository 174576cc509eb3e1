package dev.tvegate.authn.domain.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PkceTest {

    @Test
    void s256ChallengeMatchesTheVectorOfRfc7636AppendixB() {
        assertThat(Pkce.challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void verifiersAre43UnreservedCharactersAndNeverRepeat() {
        String a = Pkce.newVerifier();
        String b = Pkce.newVerifier();
        // RFC 7636 §4.1: 43..128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"
        assertThat(a).hasSize(43).matches("[A-Za-z0-9._~-]+");
        assertThat(a).isNotEqualTo(b);
        assertThat(Pkce.challengeS256(a)).hasSize(43).isNotEqualTo(Pkce.challengeS256(b));
    }
}
