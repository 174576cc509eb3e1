package dev.tvegate.drm.domain.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyIdsTest {

    @Test
    void hexKidsAreLowerCasedNamedKidsKeptAndAnythingElseRefused() {
        assertThat(KeyIds.normaliseKid("00112233445566778899AABBCCDDEEFF")).hasValue("00112233445566778899aabbccddeeff");
        assertThat(KeyIds.normaliseKid("^Movie 1/Trailer")).hasValue("^Movie 1/Trailer");
        assertThat(KeyIds.normaliseKid("^" + "x".repeat(64))).isPresent();
        assertThat(KeyIds.normaliseKid("^" + "x".repeat(65))).isEmpty();
        assertThat(KeyIds.normaliseKid("^")).isEmpty();
        assertThat(KeyIds.normaliseKid("^tab\there")).isEmpty();
        assertThat(KeyIds.normaliseKid("0011223344556677889")).isEmpty();
        assertThat(KeyIds.normaliseKid(null)).isEmpty();
    }

    @Test
    void sealingKeyIdsAreEightHexDigits() {
        assertThat(KeyIds.hex(0x0000abcd)).isEqualTo("0000abcd");
        assertThat(KeyIds.hex(-1)).isEqualTo("ffffffff");
        assertThat(KeyIds.parseHex("ffffffff")).hasValue(-1);
        assertThat(KeyIds.parseHex("ABCD")).hasValue(0xabcd);
        assertThat(KeyIds.parseHex("123456789")).isEmpty();
        assertThat(KeyIds.parseHex("xyz")).isEmpty();
    }
}
