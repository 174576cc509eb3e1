package dev.tvegate.kernel.crypto;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmSealerTest {

    private static byte[] key(int fill) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) fill);
        return k;
    }

    private final AesGcmSealer sealer = new AesGcmSealer(key(7));

    @Test
    void opensTheV1FormatSealedByAnotherImplementation() {
        // sealed with Python's cryptography AESGCM: key 32×0x07, nonce 00..0b, AAD = the context
        String vector = "v1:AAECAwQFBgcICQoLa+CHFH9moWQE14buhywWCi6+yIn9rfGmQ1M6Z/vn";
        assertThat(sealer.open(vector, "mvpd/Sandbox/client_secret")).isEqualTo("sandbox-secret");
    }

    @Test
    void sealsTextAndBytesWithAFreshNonceAndOpensWithTheSameContext() {
        String a = sealer.seal("sandbox-secret", "ctx");
        String b = sealer.seal("sandbox-secret", "ctx");
        assertThat(a).startsWith(AesGcmSealer.PREFIX).doesNotContain("sandbox-secret").isNotEqualTo(b);
        assertThat(Base64.getDecoder().decode(a.substring(3))).hasSize(12 + 14 + 16);
        assertThat(sealer.open(b, "ctx")).isEqualTo("sandbox-secret");

        byte[] secret = { 0, 1, 2, (byte) 0xff };
        assertThat(sealer.openBytes(sealer.seal(secret, "ctx"), "ctx")).isEqualTo(secret);
        assertThat(sealer.seal((String) null, "x")).isNull();
        assertThat(sealer.seal((byte[]) null, "x")).isNull();
        assertThat(sealer.open(null, "x")).isNull();
        assertThat(sealer.openBytes(null, "x")).isNull();
    }

    @Test
    void aValueCopiedToAnotherRowDoesNotOpen() {
        String sealed = sealer.seal("0123456789abcdef".getBytes(StandardCharsets.UTF_8), "drm/content-key/100001/k1");
        assertThatThrownBy(() -> sealer.open(sealed, "drm/content-key/100002/k1"))
                .isInstanceOf(SealedSecretException.class).hasMessageContaining("does not open");
        assertThatThrownBy(() -> sealer.open(sealed, "drm/content-key/100001/k2"))
                .isInstanceOf(SealedSecretException.class);
    }

    @Test
    void anotherKeyATamperedValueOrAnUnknownFormatDoesNotOpen() {
        String sealed = sealer.seal("x", "c");
        assertThatThrownBy(() -> new AesGcmSealer(key(8)).open(sealed, "c"))
                .isInstanceOf(SealedSecretException.class);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> sealer.open("v1:" + Base64.getEncoder().encodeToString(raw), "c"))
                .isInstanceOf(SealedSecretException.class);
        assertThatThrownBy(() -> sealer.open("plaintext", "c")).isInstanceOf(SealedSecretException.class);
        assertThatThrownBy(() -> sealer.open("v1:!!", "c")).isInstanceOf(SealedSecretException.class);
        assertThatThrownBy(() -> sealer.open("v1:AAAA", "c")).isInstanceOf(SealedSecretException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void keysAre32BytesOfBase64AndWithoutOneARandomKeyIsAnnounced() {
        assertThatThrownBy(() -> new AesGcmSealer(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        String configured = Base64.getEncoder().encodeToString(key(9));
        assertThat(AesGcmSealer.decodeKey(configured, "k")).isEqualTo(key(9));
        assertThatThrownBy(() -> AesGcmSealer.decodeKey("c2hvcnQ=", "tvegate.x.secrets-key"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tvegate.x.secrets-key")
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> AesGcmSealer.decodeKey("not base64!", "k"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Base64");

        List<String> warnings = new ArrayList<>();
        assertThat(AesGcmSealer.configuredOrRandomKey(Optional.of(configured), "k", "Secrets", warnings::add))
                .isEqualTo(key(9));
        assertThat(warnings).isEmpty();
        byte[] r1 = AesGcmSealer.configuredOrRandomKey(Optional.of(" "), "k", "Secrets", warnings::add);
        byte[] r2 = AesGcmSealer.configuredOrRandomKey(Optional.empty(), "k", "Secrets", warnings::add);
        assertThat(r1).hasSize(32).isNotEqualTo(r2);
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("k is not set"));
    }
}
