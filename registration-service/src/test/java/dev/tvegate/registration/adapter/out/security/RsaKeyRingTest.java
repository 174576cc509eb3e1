package dev.tvegate.registration.adapter.out.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tvegate.registration.application.port.out.PublicKeySetPort.PublishedKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RsaKeyRingTest {

    static final Path KEYS = Path.of("src/test/resources/keys");

    @Test
    void loadsEveryPemOfTheDirectoryAndSignsWithTheConfiguredKid() {
        RsaKeyRing ring = RsaKeyRing.fromDirectory(KEYS, Optional.of("test-2024-01"));

        assertThat(ring.all()).extracting(RsaKeyRing.SigningKey::kid).containsExactly("test-2024-01", "test-2025-01");
        assertThat(ring.current().kid()).isEqualTo("test-2024-01");
        assertThat(ring.publicKey("test-2025-01")).isPresent();
        assertThat(ring.publicKey("nope")).isEmpty();
        assertThat(ring.publicKey(null)).isEmpty();
        assertThat(ring.isGenerated()).isFalse();
    }

    @Test
    void withoutCurrentKidTheGreatestKidSigns() {
        assertThat(RsaKeyRing.fromDirectory(KEYS, Optional.empty()).current().kid()).isEqualTo("test-2025-01");
    }

    @Test
    void anUnknownCurrentKidStopsTheStart() {
        assertThatThrownBy(() -> RsaKeyRing.fromDirectory(KEYS, Optional.of("2099")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("current-kid=2099").hasMessageContaining("test-2024-01");
    }

    @Test
    void aMissingOrEmptyDirectoryStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> RsaKeyRing.fromDirectory(dir.resolve("absent"), Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not a directory");
        assertThatThrownBy(() -> RsaKeyRing.fromDirectory(dir, Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no <kid>.pem key");
    }

    @Test
    void refusesPkcs1EncryptedShortAndGarbageKeysWithAnOperatorReadableMessage(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> RsaKeyRing.parsePkcs8("k", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n"
                + "-----END RSA PRIVATE KEY-----", "k.pem"))
                .hasMessageContaining("PKCS#1").hasMessageContaining("openssl pkcs8 -topk8");
        assertThatThrownBy(() -> RsaKeyRing.parsePkcs8("k", "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                + "-----END ENCRYPTED PRIVATE KEY-----", "k.pem")).hasMessageContaining("encrypted");
        assertThatThrownBy(() -> RsaKeyRing.parsePkcs8("k", "-----BEGIN PRIVATE KEY-----\n!!!\n"
                + "-----END PRIVATE KEY-----", "k.pem")).hasMessageContaining("not a valid RSA PKCS#8 key");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String weak = pem(generator.generateKeyPair().getPrivate().getEncoded());
        Files.writeString(dir.resolve("weak.pem"), weak);
        assertThatThrownBy(() -> RsaKeyRing.fromDirectory(dir, Optional.empty()))
                .hasMessageContaining("1024 bits").hasMessageContaining("2048");
    }

    @Test
    void aKidMustBeAPlainFileName(@TempDir Path dir) throws IOException {
        Files.copy(KEYS.resolve("test-2025-01.pem"), dir.resolve("bad kid!.pem"));
        assertThatThrownBy(() -> RsaKeyRing.fromDirectory(dir, Optional.empty())).hasMessageContaining("kid");
    }

    @Test
    void filesOtherThanPemAreIgnored(@TempDir Path dir) throws IOException {
        Files.copy(KEYS.resolve("test-2025-01.pem"), dir.resolve("a.pem"));
        Files.writeString(dir.resolve("README"), "not a key");
        assertThat(RsaKeyRing.fromDirectory(dir, Optional.empty()).all()).hasSize(1);
    }

    @Test
    void generatedDevelopmentRingHasOneRandomDevKid() {
        RsaKeyRing a = RsaKeyRing.generated(Optional.empty());
        RsaKeyRing b = RsaKeyRing.generated(Optional.empty());

        assertThat(a.isGenerated()).isTrue();
        assertThat(a.all()).hasSize(1);
        assertThat(a.current().kid()).startsWith("dev-").isNotEqualTo(b.current().kid());
        assertThat(a.current().publicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void publishesEveryKeyAsJwkParameters() {
        RsaKeyRing ring = RsaKeyRing.fromDirectory(KEYS, Optional.empty());
        var keys = new KeyRingPublicKeySetAdapter(ring).publishedKeys();

        assertThat(keys).extracting(PublishedKey::kid).containsExactly("test-2024-01", "test-2025-01");
        assertThat(keys).allSatisfy(k -> {
            assertThat(k.algorithm()).isEqualTo("RS256");
            assertThat(k.exponent()).isEqualTo("AQAB");
            // 2048-bit modulus = 256 octets = 342 Base64url characters, no leading zero octet, no padding
            assertThat(k.modulus()).hasSize(342).doesNotContain("=");
            assertThat(Base64.getUrlDecoder().decode(k.modulus())[0]).isNotZero();
        });
    }

    private static String pem(byte[] der) {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END PRIVATE KEY-----\n";
    }
}
