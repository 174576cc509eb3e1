package dev.tvegate.authz.adapter.out.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tvegate.kernel.mediatoken.MediaTokenAlgorithm;
import dev.tvegate.kernel.mediatoken.MediaTokenClaims;
import dev.tvegate.kernel.mediatoken.MediaTokenStatus;
import dev.tvegate.kernel.mediatoken.MediaTokenVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keys from a directory: rotation by file name, an explicit signing kid, every key published. */
class MediaTokenKeyRingTest {

    @TempDir
    Path dir;

    static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static MediaTokenClaims claims() {
        long now = System.currentTimeMillis() / 1000;
        return new MediaTokenClaims("iss", "REF30", "REF30", "Cablevision", null, "sid", "jti", now, now, now + 420);
    }

    @Test
    void the_last_key_by_name_signs_and_every_key_is_published() throws Exception {
        KeyPair old = rsa();
        KeyPair current = ec();
        Files.writeString(dir.resolve("2026-10-01.pem"), pem("PRIVATE KEY", old.getPrivate().getEncoded()));
        Files.writeString(dir.resolve("2026-11-01.pem"), pem("PRIVATE KEY", current.getPrivate().getEncoded())
                + pem("PUBLIC KEY", current.getPublic().getEncoded()));
        Files.writeString(dir.resolve("README.txt"), "ignored");

        MediaTokenKeyRing ring = new MediaTokenKeyRing(Optional.of(dir.toString()), Optional.empty(), "ES256");

        assertThat(ring.signer().kid()).isEqualTo("2026-11-01");
        assertThat(ring.signer().algorithm()).isEqualTo(MediaTokenAlgorithm.ES256);
        assertThat(ring.jwksJson()).contains("\"kid\":\"2026-10-01\"").contains("\"alg\":\"RS256\"")
                .contains("\"kid\":\"2026-11-01\"").doesNotContain("\"d\"");
        MediaTokenVerifier verifier = MediaTokenVerifier.fromJwksJson(ring.jwksJson());
        assertThat(verifier.isValid(ring.signer().sign(claims()), "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);

        MediaTokenKeyRing pinned = new MediaTokenKeyRing(Optional.of(dir.toString()), Optional.of("2026-10-01"),
                "ES256");
        assertThat(pinned.signer().algorithm()).isEqualTo(MediaTokenAlgorithm.RS256);
        assertThat(verifier.isValid(pinned.signer().sign(claims()), "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);
    }

    @Test
    void unusable_key_directories_stop_the_service_with_a_clear_message() throws Exception {
        assertThatThrownBy(() -> new MediaTokenKeyRing(Optional.of(dir.toString()), Optional.empty(), "ES256"))
                .hasMessageContaining("no <kid>.pem");
        KeyPair ec = ec();
        Files.writeString(dir.resolve("k.pem"), pem("PRIVATE KEY", ec.getPrivate().getEncoded()));
        assertThatThrownBy(() -> new MediaTokenKeyRing(Optional.of(dir.toString()), Optional.empty(), "ES256"))
                .hasMessageContaining("PUBLIC KEY");
        Files.writeString(dir.resolve("k.pem"), pem("PRIVATE KEY", ec.getPrivate().getEncoded())
                + pem("PUBLIC KEY", ec.getPublic().getEncoded()));
        assertThatThrownBy(() -> new MediaTokenKeyRing(Optional.of(dir.toString()), Optional.of("nope"), "ES256"))
                .hasMessageContaining("nope");
    }

    @Test
    void without_a_directory_a_development_key_of_the_configured_algorithm_is_generated() {
        assertThat(new MediaTokenKeyRing(Optional.empty(), Optional.empty(), "RS256").signer().algorithm())
                .isEqualTo(MediaTokenAlgorithm.RS256);
        assertThat(new MediaTokenKeyRing(Optional.of(""), Optional.empty(), "ES256").signer().algorithm())
                .isEqualTo(MediaTokenAlgorithm.ES256);
        assertThatThrownBy(() -> new MediaTokenKeyRing(Optional.empty(), Optional.empty(), "HS256"))
                .isInstanceOf(IllegalStateException.class);
    }
}
