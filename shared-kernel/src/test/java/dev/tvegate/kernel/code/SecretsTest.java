package dev.tvegate.kernel.code;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretsTest {

    @Test
    void randomTokensAreUrlSafeUnpaddedAndDistinct() {
        String token = Secrets.randomToken(32);

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(Secrets.randomToken(32)).isNotEqualTo(token);
        assertThat(Secrets.randomToken(16)).hasSize(22);
    }

    @Test
    void refusesShortTokens() {
        assertThatThrownBy(() -> Secrets.randomToken(15)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16");
    }

    @Test
    void hashesWithSha256() {
        assertThat(Secrets.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secrets.sha256Hex("")).isEqualTo(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(HexFormat.of().formatHex(Secrets.sha256("abc".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Secrets.sha256Hex("abc"));
    }

    @Test
    void comparesInConstantTimeAndNullSafely() {
        assertThat(Secrets.constantTimeEquals("s3cr3t", "s3cr3t")).isTrue();
        assertThat(Secrets.constantTimeEquals("s3cr3t", "s3cr3T")).isFalse();
        assertThat(Secrets.constantTimeEquals("s3cr3t", "s3cr3t!")).isFalse();
        assertThat(Secrets.constantTimeEquals("é", "é")).isTrue();
        assertThat(Secrets.constantTimeEquals(null, "x")).isFalse();
        assertThat(Secrets.constantTimeEquals("x", null)).isFalse();
        assertThat(Secrets.constantTimeEquals(null, null)).isFalse();
    }

    @Test
    void createsRandomUuids() {
        String uuid = Secrets.newUuid();

        assertThat(UUID.fromString(uuid).version()).isEqualTo(4);
        assertThat(Secrets.newUuid()).isNotEqualTo(uuid);
    }
}
