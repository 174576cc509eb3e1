package dev.tvegate.authn.adapter.out.oidc;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

import dev.tvegate.testsupport.MutableClock;
import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OpenID Connect Core §3.1.3.7 checks of {@link IdTokenVerifier} and the key look-up of {@link JwksCache}. */
class IdTokenVerifierTest {

    private static final String ISSUER = "https://mvpd.test";
    private static final String CLIENT = "tvegate";
    private static final String NONCE = "n-0S6_WzA2Mj";
    private static final RsaJsonWebKey RSA = IdTokens.rsaKey("rsa-1");
    private static final RsaJsonWebKey OTHER_RSA = IdTokens.rsaKey("rsa-1");
    private static final EllipticCurveJsonWebKey EC = IdTokens.ecKey("ec-1");
    private static final IdTokenVerifier.Expectations EXPECTED = new IdTokenVerifier.Expectations(ISSUER, CLIENT,
            NONCE, null);

    private static Map<String, Object> claims() {
        return IdTokens.claims(ISSUER, CLIENT, NONCE, "u-alice-001");
    }

    private static Map<String, Object> verify(String token) throws IdTokenVerifier.Invalid {
        JsonWebSignature jws = IdTokenVerifier.parse(token);
        Key key = IdTokenVerifier.select(jws, JwksCache.parse(IdTokens.jwks(RSA, EC))).orElseThrow();
        return IdTokenVerifier.verify(token, key, EXPECTED, System.currentTimeMillis());
    }

    @Test
    void aValidRs256TokenYieldsItsClaimsAndTheAttributesLeaveOutTheProtocolClaims() throws Exception {
        Map<String, Object> claims = verify(IdTokens.sign(claims(), RSA));

        assertThat(claims).containsEntry("sub", "u-alice-001").containsEntry("householdID", "hh-1");
        assertThat(IdTokenVerifier.attributes(claims))
                .containsOnlyKeys("householdID", "zip", "entitlements")
                .containsEntry("entitlements", List.of("REF30", "CNN"));
    }

    @Test
    void aValidEs256TokenIsAccepted() throws Exception {
        assertThat(verify(IdTokens.sign(claims(), EC))).containsEntry("sub", "u-alice-001");
    }

    @Test
    void aTokenSignedByAnotherKeyWithTheSameKidIsRefused() {
        String forged = IdTokens.sign(claims(), OTHER_RSA, "rsa-1");
        assertThatThrownBy(() -> verify(forged)).isInstanceOf(IdTokenVerifier.Invalid.class)
                .hasMessageContaining("signature");
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String[] parts = IdTokens.sign(claims(), RSA).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("u-alice-001", "u-mallory-9");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertThatThrownBy(() -> verify(tampered)).hasMessageContaining("signature");
    }

    @Test
    void aWrongNonceIsRefused() {
        Map<String, Object> claims = claims();
        claims.put("nonce", "another-login");
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("nonce does not match");
        claims.remove("nonce");
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("nonce missing");
    }

    @Test
    void anotherAudienceIsRefused() {
        Map<String, Object> claims = claims();
        claims.put("aud", "some-other-client");
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("aud");
    }

    @Test
    void severalAudiencesNeedAnAzpNamingTheClient() throws Exception {
        Map<String, Object> claims = claims();
        claims.put("aud", List.of(CLIENT, "partner"));
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("azp");
        claims.put("azp", "partner");
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("azp");
        claims.put("azp", CLIENT);
        assertThat(verify(IdTokens.sign(claims, RSA))).containsEntry("azp", CLIENT);
    }

    @Test
    void anotherIssuerIsRefused() {
        Map<String, Object> claims = claims();
        claims.put("iss", "https://evil.test");
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("iss");
    }

    @Test
    void expiryAllowsSixtySecondsOfClockSkewAndNoMore() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = claims();
        claims.put("iat", now - 600);
        claims.put("exp", now - 30);
        assertThat(verify(IdTokens.sign(claims, RSA))).containsKey("sub");
        claims.put("exp", now - 90);
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("expired");
    }

    @Test
    void anIssuedAtInTheFutureBeyondTheSkewIsRefused() {
        long now = System.currentTimeMillis() / 1000;
        Map<String, Object> claims = claims();
        claims.put("iat", now + 300);
        claims.put("exp", now + 900);
        assertThatThrownBy(() -> verify(IdTokens.sign(claims, RSA))).hasMessageContaining("iat");
    }

    @Test
    void anAccessTokenHashMustMatchWhenPresent() throws Exception {
        Map<String, Object> claims = claims();
        claims.put("at_hash", IdTokenVerifier.leftHalfSha256("the-access-token"));
        String token = IdTokens.sign(claims, RSA);
        Key key = RSA.getPublicKey();
        assertThat(IdTokenVerifier.verify(token, key,
                new IdTokenVerifier.Expectations(ISSUER, CLIENT, NONCE, "the-access-token"),
                System.currentTimeMillis())).containsKey("at_hash");
        assertThatThrownBy(() -> IdTokenVerifier.verify(token, key,
                new IdTokenVerifier.Expectations(ISSUER, CLIENT, NONCE, "another-access-token"),
                System.currentTimeMillis())).hasMessageContaining("at_hash");
    }

    @Test
    void unsignedHmacAndMalformedTokensAreRefusedBeforeAnyKeyIsLookedUp() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String body = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> IdTokenVerifier.parse(header + "." + body + "."))
                .hasMessageContaining("not RS256 or ES256");
        String hs = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> IdTokenVerifier.parse(hs + "." + body + ".c2ln"))
                .hasMessageContaining("not RS256 or ES256");
        assertThatThrownBy(() -> IdTokenVerifier.parse("not-a-token")).hasMessageContaining("compact JWS");
    }

    @Test
    void anUnknownKidFindsNoKeyAndAKeyOfTheWrongTypeIsNotUsed() throws Exception {
        JsonWebSignature unknown = IdTokenVerifier.parse(IdTokens.sign(claims(), RSA, "rotated-2"));
        assertThat(IdTokenVerifier.select(unknown, JwksCache.parse(IdTokens.jwks(RSA, EC)))).isEmpty();
        JsonWebSignature rsaNamedLikeEc = IdTokenVerifier.parse(IdTokens.sign(claims(), RSA, "ec-1"));
        assertThat(IdTokenVerifier.select(rsaNamedLikeEc, JwksCache.parse(IdTokens.jwks(RSA, EC)))).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- JWKS refetch

    /** A JWKS endpoint whose document can be swapped, counting fetches. */
    private static final class FakeJwksEndpoint {
        final AtomicInteger fetches = new AtomicInteger();
        final AtomicReference<String> document = new AtomicReference<>();

        Uni<String> fetch(String uri) {
            fetches.incrementAndGet();
            return Uni.createFrom().item(document.get());
        }
    }

    @Test
    void anUnknownKidRefetchesTheKeySetOnceAndAtMostOnceInTheMinimumInterval() throws Exception {
        FakeJwksEndpoint endpoint = new FakeJwksEndpoint();
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        JwksCache cache = new JwksCache(endpoint::fetch, Duration.ofMinutes(10), Duration.ofSeconds(10), clock);
        RsaJsonWebKey rotated = IdTokens.rsaKey("rsa-2");
        endpoint.document.set(IdTokens.jwks(RSA));

        JsonWebSignature old = IdTokenVerifier.parse(IdTokens.sign(claims(), RSA));
        assertThat(cache.keyFor("https://mvpd.test/jwks", old).await().indefinitely()).isPresent();
        assertThat(endpoint.fetches).hasValue(1);

        // the MVPD rotates its key: the first token with the new kid refetches and verifies
        clock.advance(Duration.ofSeconds(11));
        endpoint.document.set(IdTokens.jwks(RSA, rotated));
        JsonWebSignature fresh = IdTokenVerifier.parse(IdTokens.sign(claims(), rotated));
        Optional<Key> key = cache.keyFor("https://mvpd.test/jwks", fresh).await().indefinitely();
        assertThat(key).contains(rotated.getPublicKey());
        assertThat(endpoint.fetches).hasValue(2);

        // made-up kids right after do not make TVE Gate hammer the MVPD
        List<Optional<Key>> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(cache.keyFor("https://mvpd.test/jwks",
                    IdTokenVerifier.parse(IdTokens.sign(claims(), rotated, "made-up-" + i))).await().indefinitely());
        }
        assertThat(made).allMatch(Optional::isEmpty);
        assertThat(endpoint.fetches).hasValue(2);

        // a cached key needs no fetch at all
        assertThat(cache.keyFor("https://mvpd.test/jwks", old).await().indefinitely()).isPresent();
        assertThat(endpoint.fetches).hasValue(2);
    }

    @Test
    void aFailedRefreshKeepsServingThePreviousKeySet() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        AtomicInteger fetches = new AtomicInteger();
        JwksCache cache = new JwksCache(uri -> fetches.incrementAndGet() == 1
                ? Uni.createFrom().item(IdTokens.jwks(RSA))
                : Uni.createFrom().failure(new OidcExceptions.Unavailable("down")),
                Duration.ofMinutes(10), Duration.ofSeconds(10), clock);
        JsonWebSignature jws;
        try {
            jws = IdTokenVerifier.parse(IdTokens.sign(claims(), RSA));
        } catch (IdTokenVerifier.Invalid e) {
            throw new AssertionError(e);
        }
        assertThat(cache.keyFor("u", jws).await().indefinitely()).isPresent();
        clock.advance(Duration.ofMinutes(11));
        assertThat(cache.keyFor("u", jws).await().indefinitely()).isPresent();
        assertThat(fetches).hasValue(2);
    }
}
