package dev.tvegate.drm.adapter.out.local;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tvegate.drm.application.port.out.TokenSealPort.SealedHeader;
import dev.tvegate.drm.domain.model.DrmSystem;
import dev.tvegate.drm.domain.model.Environment;
import dev.tvegate.drm.domain.model.TokenRights;
import dev.tvegate.drm.domain.model.TokenSealingKey;

import static org.assertj.core.api.Assertions.assertThat;

class AesGcmTokenSealAdapterTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final AesGcmTokenSealAdapter seal = new AesGcmTokenSealAdapter();
    private final TokenSealingKey key = new TokenSealingKey(100001L, 0x5eed1234, Environment.PRODUCTION,
            new byte[32], NOW);
    private final TokenRights rights = new TokenRights("tok-1", 100001L, DrmSystem.FAIRPLAY, Environment.PRODUCTION,
            NOW, NOW.plusSeconds(3600), Optional.of("^channel"), HexFormat.of().parseHex("00112233445566778899aabbccddeeff"),
            Optional.of("order-42"), Optional.of("REF30"), Optional.of("mt-jti"),
            Map.of("iv", "0f0e0d0c0b0a09080706050403020100", "rentalDuration", 0L,
                    "fpExtension", List.of(Map.of("type", "wudo", "payload", "AAAAAA=="))));

    @Test
    void aSealedTokenIsUrlSafeOpaqueAndOpensToTheSameRights() {
        String token = seal.seal(rights, key);

        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("REF30");
        assertThat(new String(Base64.getUrlDecoder().decode(token), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("order-42").doesNotContain("00112233");
        assertThat(seal.header(token)).contains(new SealedHeader(100001L, 0x5eed1234));
        TokenRights opened = seal.open(token, key).orElseThrow();
        assertThat(opened.contentKey()).isEqualTo(rights.contentKey());
        assertThat(opened).usingRecursiveComparison().ignoringFields("contentKey", "policy").isEqualTo(rights);
        assertThat(opened.policy()).containsEntry("iv", "0f0e0d0c0b0a09080706050403020100")
                .containsEntry("rentalDuration", 0);
    }

    @Test
    void everyAlteredByteAndEveryOtherKeyIsRefused() {
        byte[] bytes = Base64.getUrlDecoder().decode(seal.seal(rights, key));
        for (int i = 0; i < bytes.length; i++) {
            byte[] altered = bytes.clone();
            altered[i] ^= 0x01;
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(altered);
            assertThat(seal.open(token, key)).as("byte %d altered", i).isEmpty();
        }
        byte[] otherSecret = new byte[32];
        otherSecret[0] = 1;
        String token = seal.seal(rights, key);
        assertThat(seal.open(token, new TokenSealingKey(100001L, 0x5eed1234, Environment.PRODUCTION, otherSecret,
                NOW))).isEmpty();
        assertThat(seal.open(token, new TokenSealingKey(100002L, 0x5eed1234, Environment.PRODUCTION, new byte[32],
                NOW))).isEmpty();
        assertThat(seal.header("not a token")).isEmpty();
        assertThat(seal.header("")).isEmpty();
        assertThat(seal.open("AAAA", key)).isEmpty();
    }
}
