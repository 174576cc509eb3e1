package dev.tvegate.registration.adapter.out.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tvegate.registration.application.port.out.AccessTokenIssuerPort.IssuedAccessToken;
import dev.tvegate.registration.domain.model.Caller;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens and software statements: what is signed, what verifies, what is refused (incl. key rotation). */
class JwtTokensTest {

    static final String ISS = "https://reg.example.test";
    static final RsaKeyRing OLD_RING = RsaKeyRing.fromDirectory(RsaKeyRingTest.KEYS, Optional.of("test-2024-01"));
    static final RsaKeyRing RING = RsaKeyRing.fromDirectory(RsaKeyRingTest.KEYS, Optional.of("test-2025-01"));
    static final ObjectMapper JSON = new ObjectMapper();

    final Instant now = Instant.now();
    final JwtAccessTokenIssuerAdapter issuer = new JwtAccessTokenIssuerAdapter(RING, ISS, 21600,
            Clock.fixed(now, ZoneOffset.UTC));
    final JwtAccessTokenVerifierAdapter verifier = new JwtAccessTokenVerifierAdapter(RING, ISS);

    @Test
    void accessTokenCarriesTheContractClaimsAndHeaders() throws Exception {
        IssuedAccessToken t = issuer.issue("client-1", "app-1", Set.of("REF30", "CNN"), Set.of("api:client:v2"));

        Map<String, Object> header = part(t.accessToken(), 0);
        Map<String, Object> claims = part(t.accessToken(), 1);
        assertThat(header).containsEntry("alg", "RS256").containsEntry("kid", "test-2025-01")
                .containsEntry("typ", "at+jwt");
        assertThat(claims).containsEntry("iss", ISS).containsEntry("sub", "client-1")
                .containsEntry("client_id", "client-1").containsEntry("app", "app-1")
                .containsEntry("scope", "api:client:v2").containsEntry("jti", t.id());
        assertThat(claims.get("sp")).isEqualTo(List.of("CNN", "REF30"));
        long iat = ((Number) claims.get("iat")).longValue();
        assertThat(iat).isEqualTo(now.getEpochSecond());
        assertThat(((Number) claims.get("nbf")).longValue()).isEqualTo(iat);
        assertThat(((Number) claims.get("exp")).longValue() - iat).isEqualTo(21600);
        assertThat(t.createdAtMillis()).isEqualTo(now.toEpochMilli());
        assertThat(t.expiresInSeconds()).isEqualTo(21600);
    }

    @Test
    void aValidTokenYieldsTheCaller() {
        String token = issuer.issue("client-1", "app-1", Set.of("REF30"), Set.of("api:client:v2", "x")).accessToken();

        Caller caller = verifier.verify(token).orElseThrow();
        assertThat(caller.clientId()).isEqualTo("client-1");
        assertThat(caller.applicationId()).isEqualTo("app-1");
        assertThat(caller.serviceProviders()).containsExactly("REF30");
        assertThat(caller.scopes()).containsExactlyInAnyOrder("api:client:v2", "x");
    }

    @Test
    void serviceClientTokensHaveNoAppClaim() throws Exception {
        String token = issuer.issue("tvegate-internal", null, Set.of("*"), Set.of("internal")).accessToken();

        assertThat(part(token, 1)).doesNotContainKey("app");
        Caller caller = verifier.verify(token).orElseThrow();
        assertThat(caller.applicationId()).isNull();
        assertThat(caller.mayActFor("ANY")).isTrue();
    }

    @Test
    void rotationTokenSignedByThePreviousKeyStillVerifies() throws Exception {
        var oldIssuer = new JwtAccessTokenIssuerAdapter(OLD_RING, ISS, 21600, Clock.systemUTC());
        String old = oldIssuer.issue("client-1", null, Set.of(), Set.of("admin")).accessToken();

        assertThat(part(old, 0)).containsEntry("kid", "test-2024-01");
        assertThat(verifier.verify(old)).isPresent();
        // ... and once the previous key leaves the ring, its tokens are refused
        RsaKeyRing onlyNew = RsaKeyRing.of(List.of(RING.current()), "test-2025-01");
        assertThat(new JwtAccessTokenVerifierAdapter(onlyNew, ISS).verify(old)).isEmpty();
    }

    @Test
    void refusesExpiredTokensBeyondTheClockSkew() {
        Instant issued = now.minus(Duration.ofHours(6)).minusSeconds(31);
        var pastIssuer = new JwtAccessTokenIssuerAdapter(RING, ISS, 21600, Clock.fixed(issued, ZoneOffset.UTC));
        assertThat(verifier.verify(pastIssuer.issue("c", null, Set.of(), Set.of()).accessToken())).isEmpty();

        Instant recent = now.minus(Duration.ofHours(6)).plusSeconds(5);
        var recentIssuer = new JwtAccessTokenIssuerAdapter(RING, ISS, 21600, Clock.fixed(recent, ZoneOffset.UTC));
        assertThat(verifier.verify(recentIssuer.issue("c", null, Set.of(), Set.of()).accessToken())).isPresent();
    }

    @Test
    void refusesTokensNotYetValid() {
        var futureIssuer = new JwtAccessTokenIssuerAdapter(RING, ISS, 21600,
                Clock.fixed(now.plusSeconds(120), ZoneOffset.UTC));
        assertThat(verifier.verify(futureIssuer.issue("c", null, Set.of(), Set.of()).accessToken())).isEmpty();
    }

    @Test
    void refusesAnotherIssuerAnotherTypeAnUnknownKidAndForeignKeys() throws Exception {
        var key = RING.current();
        long iat = now.getEpochSecond();
        assertThat(verifier.verify(sign(Jwt.claims().issuer("https://evil").subject("c").claim("client_id", "c")
                .issuedAt(iat).expiresAt(iat + 60), key.kid(), "at+jwt", key.privateKey()))).isEmpty();
        assertThat(verifier.verify(sign(claims(iat), key.kid(), "JWT", key.privateKey()))).isEmpty();
        assertThat(verifier.verify(sign(claims(iat), "other-kid", "at+jwt", key.privateKey()))).isEmpty();
        // right kid, wrong key (an attacker's key)
        var attacker = RsaKeyRing.generated(Optional.of("test-2025-01")).current();
        assertThat(verifier.verify(sign(claims(iat), "test-2025-01", "at+jwt", attacker.privateKey()))).isEmpty();
        // a well-formed token without client_id
        assertThat(verifier.verify(sign(Jwt.claims().issuer(ISS).subject("c").issuedAt(iat).expiresAt(iat + 60),
                key.kid(), "at+jwt", key.privateKey()))).isEmpty();
        // the positive control: the same construction with everything right verifies
        assertThat(verifier.verify(sign(claims(iat), key.kid(), "at+jwt", key.privateKey()))).isPresent();
    }

    @Test
    void refusesAlgorithmConfusionNoneAndHs256WithThePublicKey() {
        long iat = now.getEpochSecond();
        String header = b64("{\"alg\":\"none\",\"kid\":\"test-2025-01\",\"typ\":\"at+jwt\"}");
        String payload = b64("{\"iss\":\"" + ISS + "\",\"sub\":\"c\",\"client_id\":\"c\",\"scope\":\"admin\","
                + "\"iat\":" + iat + ",\"exp\":" + (iat + 60) + "}");
        assertThat(verifier.verify(header + "." + payload + ".")).isEmpty();

        byte[] publicKeyBytes = RING.current().publicKey().getEncoded();
        String hs = Jwt.claims().issuer(ISS).subject("c").claim("client_id", "c").claim("scope", "admin")
                .issuedAt(iat).expiresAt(iat + 60).jws().algorithm(SignatureAlgorithm.HS256).keyId("test-2025-01")
                .header("typ", "at+jwt").sign(new SecretKeySpec(publicKeyBytes, "HmacSHA256"));
        assertThat(verifier.verify(hs)).isEmpty();
    }

    @Test
    void refusesGarbage() {
        assertThat(verifier.verify(null)).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify("a.b.c")).isEmpty();
        assertThat(verifier.verify("x".repeat(10_000))).isEmpty();
    }

    @Test
    void softwareStatementNamesItsApplicationAndVerifiesAcrossRotation() throws Exception {
        var app = new RegisteredApplication("app-1", "Ref App RESTV2", "1.0", List.of("iOS"), List.of("REF30"),
                List.of("api:client:v2"), List.of("example.com"), null, null, false, Instant.now());
        String statement = new JwtSoftwareStatementAdapter(OLD_RING, ISS, Clock.systemUTC()).issue(app);
        var statements = new JwtSoftwareStatementAdapter(RING, ISS, Clock.systemUTC());

        assertThat(part(statement, 0)).containsEntry("typ", "software-statement+jwt")
                .containsEntry("kid", "test-2024-01");
        assertThat(part(statement, 1)).containsEntry("software_id", "app-1").containsEntry("client_name",
                "Ref App RESTV2").doesNotContainKey("exp");
        assertThat(statements.verify(statement)).contains("app-1");
        // an access token is not a software statement, and vice versa
        String accessToken = issuer.issue("c", null, Set.of(), Set.of()).accessToken();
        assertThat(statements.verify(accessToken)).isEmpty();
        assertThat(verifier.verify(statement)).isEmpty();
        // tampering with the payload breaks the signature
        String[] parts = statement.split("\\.");
        String forged = parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace("app-1", "app-2")) + "." + parts[2];
        assertThat(statements.verify(forged)).isEmpty();
        assertThat(statements.verify("not a jws")).isEmpty();
    }

    private io.smallrye.jwt.build.JwtClaimsBuilder claims(long iat) {
        return Jwt.claims().issuer(ISS).subject("c").claim("client_id", "c").issuedAt(iat).expiresAt(iat + 60);
    }

    private static String sign(io.smallrye.jwt.build.JwtClaimsBuilder claims, String kid, String typ,
            java.security.PrivateKey key) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(kid).header("typ", typ).sign(key);
    }

    static Map<String, Object> part(String jwt, int index) throws Exception {
        byte[] json = Base64.getUrlDecoder().decode(jwt.split("\\.")[index]);
        return JSON.readValue(json, new TypeReference<>() {
        });
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
