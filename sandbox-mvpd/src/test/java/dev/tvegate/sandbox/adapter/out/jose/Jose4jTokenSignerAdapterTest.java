package dev.tvegate.sandbox.adapter.out.jose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Jose4jTokenSignerAdapterTest {

    private static final String ISSUER = "http://localhost:8090";

    private static Path writePkcs8(Path dir, int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path file = dir.resolve("key-" + bits + ".pem");
        Files.writeString(file, pem);
        return file;
    }

    @Test
    void signsRs256WithAKidThatThePublishedJwksVerifies() throws Exception {
        Jose4jTokenSignerAdapter signer = Jose4jTokenSignerAdapter.create(ISSUER, Optional.empty());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("sub", "u-1");
        claims.put("entitlements", List.of("REF30", "CNN"));
        claims.put("exp", 4_000_000_000L);
        String jwt = signer.sign(claims);

        List<Map<String, Object>> keys = signer.publicJwks();
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0)).containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("alg", "RS256")
                .containsEntry("kid", signer.keyId()).containsKeys("n", "e").doesNotContainKeys("d", "p", "q");

        JsonWebKeySet jwks = new JsonWebKeySet(org.jose4j.json.JsonUtil.toJson(Map.of("keys", keys)));
        JwtClaims verified = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(ISSUER)
                .setSkipDefaultAudienceValidation()
                .build().processToClaims(jwt);
        assertThat(verified.getSubject()).isEqualTo("u-1");
        assertThat(verified.getStringListClaimValue("entitlements")).containsExactly("REF30", "CNN");
    }

    @Test
    void readsBackOnlyItsOwnTokensEvenExpired() {
        Jose4jTokenSignerAdapter signer = Jose4jTokenSignerAdapter.create(ISSUER, Optional.empty());
        Jose4jTokenSignerAdapter stranger = Jose4jTokenSignerAdapter.create(ISSUER, Optional.empty());
        String expired = signer.sign(Map.of("iss", ISSUER, "sub", "u-1", "aud", "tvegate", "exp", 1L));
        assertThat(signer.readOwnToken(expired)).get().satisfies(c -> assertThat(c).containsEntry("aud", "tvegate"));
        assertThat(stranger.readOwnToken(expired)).isEmpty();
        assertThat(signer.readOwnToken(signer.sign(Map.of("iss", "https://elsewhere", "sub", "x")))).isEmpty();
        assertThat(signer.readOwnToken("not.a.jwt")).isEmpty();
    }

    @Test
    void aKeyFileGivesAStableKid(@TempDir Path dir) throws Exception {
        Path file = writePkcs8(dir, 2048);
        Jose4jTokenSignerAdapter first = Jose4jTokenSignerAdapter.create(ISSUER, Optional.of(file));
        Jose4jTokenSignerAdapter second = Jose4jTokenSignerAdapter.create(ISSUER, Optional.of(file));
        assertThat(first.keyId()).isEqualTo(second.keyId());
        assertThat(second.readOwnToken(first.sign(Map.of("iss", ISSUER, "sub", "u")))).isPresent();
    }

    @Test
    void weakOrForeignKeyFilesAreRefused(@TempDir Path dir) throws Exception {
        Path weak = writePkcs8(dir, 1024);
        assertThatThrownBy(() -> Jose4jTokenSignerAdapter.create(ISSUER, Optional.of(weak)))
                .hasMessageContaining("at least 2048");
        Path pkcs1 = dir.resolve("rsa.pem");
        Files.writeString(pkcs1, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        assertThatThrownBy(() -> Jose4jTokenSignerAdapter.create(ISSUER, Optional.of(pkcs1)))
                .hasMessageContaining("PKCS#8");
        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> Jose4jTokenSignerAdapter.create(ISSUER, Optional.of(garbage)))
                .hasMessageContaining("not a valid PKCS#8");
    }
}
