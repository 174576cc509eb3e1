package dev.tvegate.registration.adapter.out.persistence;

import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tvegate.registration.config.CatalogueConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealerTest {

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        java.util.Arrays.fill(k, (byte) fill);
        return k;
    }

    private final SecretSealer sealer = new SecretSealer(key(7));

    @Test
    void sealsWithAVersionedPrefixAFreshNonceAndOpensWithTheSameContext() {
        String a = sealer.seal("sandbox-secret", "mvpd/Sandbox/client_secret");
        String b = sealer.seal("sandbox-secret", "mvpd/Sandbox/client_secret");
        assertThat(a).startsWith("v1:").doesNotContain("sandbox-secret").isNotEqualTo(b);
        // 12-byte nonce + 14-byte ciphertext + 16-byte tag
        assertThat(Base64.getDecoder().decode(a.substring(3))).hasSize(12 + 14 + 16);
        assertThat(sealer.open(a, "mvpd/Sandbox/client_secret")).isEqualTo("sandbox-secret");
        assertThat(sealer.open(b, "mvpd/Sandbox/client_secret")).isEqualTo("sandbox-secret");
        assertThat(sealer.seal(null, "x")).isNull();
        assertThat(sealer.open(null, "x")).isNull();
    }

    @Test
    void aValueMovedToAnotherRowAnotherKeyOrTamperedWithDoesNotOpen() {
        String sealed = sealer.seal("sandbox-secret", "mvpd/Sandbox/client_secret");
        assertThatThrownBy(() -> sealer.open(sealed, "mvpd/Other/client_secret"))
                .isInstanceOf(SecretSealer.SealedSecretException.class);
        assertThatThrownBy(() -> new SecretSealer(key(8)).open(sealed, "mvpd/Sandbox/client_secret"))
                .isInstanceOf(SecretSealer.SealedSecretException.class)
                .hasMessageContaining("does not open");
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> sealer.open(tampered, "mvpd/Sandbox/client_secret"))
                .isInstanceOf(SecretSealer.SealedSecretException.class);
        assertThatThrownBy(() -> sealer.open("plaintext", "x")).isInstanceOf(SecretSealer.SealedSecretException.class);
        assertThatThrownBy(() -> sealer.open("v1:!!", "x")).isInstanceOf(SecretSealer.SealedSecretException.class);
    }

    @Test
    void theConfiguredKeyMustBe32BytesOfBase64AndWithoutOneARandomKeyIsUsed() {
        String configured = Base64.getEncoder().encodeToString(key(9));
        SecretSealer fromConfig = new SecretSealer(config(Optional.of(configured)));
        assertThat(new SecretSealer(key(9)).open(fromConfig.seal("x", "c"), "c")).isEqualTo("x");

        assertThatThrownBy(() -> new SecretSealer(config(Optional.of("c2hvcnQ="))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretSealer(config(Optional.of("not base64!"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Base64");

        SecretSealer random1 = new SecretSealer(config(Optional.empty()));
        SecretSealer random2 = new SecretSealer(config(Optional.empty()));
        assertThat(random1.open(random1.seal("x", "c"), "c")).isEqualTo("x");
        assertThatThrownBy(() -> random2.open(random1.seal("x", "c"), "c"))
                .isInstanceOf(SecretSealer.SealedSecretException.class);
    }

    private static CatalogueConfig config(Optional<String> key) {
        return new CatalogueConfig() {
            @Override
            public Optional<String> secretsKey() {
                return key;
            }

            @Override
            public Demo demo() {
                return null;
            }
        };
    }
}
