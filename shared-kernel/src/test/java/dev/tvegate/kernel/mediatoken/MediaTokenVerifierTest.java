package dev.tvegate.kernel.mediatoken;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaTokenVerifierTest {

    static KeyPair rsa;
    static KeyPair rsa2;
    static KeyPair ec;
    static final long NOW = 1_800_000_000L;
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        rsa = g.generateKeyPair();
        rsa2 = g.generateKeyPair();
        KeyPairGenerator e = KeyPairGenerator.getInstance("EC");
        e.initialize(new ECGenParameterSpec("secp256r1"));
        ec = e.generateKeyPair();
    }

    static MediaTokenClaims claims(String resource, long iat, long ttl) {
        return new MediaTokenClaims("https://tve.example", "REF30", resource, "Cablevision", "ProxyCo",
                "9f3a-session", "jti-1", iat, iat, iat + ttl);
    }

    static MediaTokenVerifier rsaVerifier() {
        return MediaTokenVerifier.fromKeySet(MediaTokenKeySet
                .of(List.of(new MediaTokenKey("k1", MediaTokenAlgorithm.RS256, rsa.getPublic())))).withClock(CLOCK);
    }

    static String rsaToken(MediaTokenClaims c) {
        return new MediaTokenSigner("k1", MediaTokenAlgorithm.RS256, rsa.getPrivate()).sign(c);
    }

    @Test
    void a_fresh_rs256_token_is_valid_for_its_resource_and_exposes_adobe_style_accessors() {
        String token = rsaToken(claims("REF30", NOW - 10, 420));

        MediaTokenVerification v = rsaVerifier().forRequestor("REF30").verify(token, "REF30");

        assertThat(v.status()).isEqualTo(MediaTokenStatus.VALID_TOKEN);
        assertThat(v.resourceId()).isEqualTo("REF30");
        assertThat(v.timeIssued()).isEqualTo((NOW - 10) * 1000);
        assertThat(v.timeToLive()).isEqualTo(420_000);
        assertThat(v.userSessionGuid()).isEqualTo("9f3a-session");
        assertThat(v.mvpdId()).isEqualTo("Cablevision");
        assertThat(v.proxyMvpdId()).isEqualTo("ProxyCo");
        assertThat(v.requestor()).isEqualTo("REF30");
        // serializedToken is standard Base64 of a compact JWS typed media+jwt
        String compact = new String(Base64.getDecoder().decode(token), StandardCharsets.US_ASCII);
        assertThat(compact.split("\\.")).hasSize(3);
        assertThat(new String(Base64.getUrlDecoder().decode(compact.split("\\.")[0]), StandardCharsets.UTF_8))
                .contains("\"typ\":\"media+jwt\"").contains("\"kid\":\"k1\"").contains("\"alg\":\"RS256\"");
    }

    @Test
    void es256_tokens_verify_with_an_ec_jwk() {
        MediaTokenKey key = new MediaTokenKey("e1", MediaTokenAlgorithm.ES256, ec.getPublic());
        String jwks = MediaTokenKeySet.toJwksJson(List.of(key));
        String token = new MediaTokenSigner("e1", MediaTokenAlgorithm.ES256, ec.getPrivate())
                .sign(claims("REF30", NOW, 420));

        assertThat(MediaTokenVerifier.fromJwksJson(jwks).withClock(CLOCK).isValid(token, "REF30"))
                .isEqualTo(MediaTokenStatus.VALID_TOKEN);
    }

    @Test
    void a_jwks_round_trip_keeps_the_pinned_algorithm() {
        String jwks = MediaTokenKeySet.toJwksJson(List.of(new MediaTokenKey("k1", MediaTokenAlgorithm.RS256,
                rsa.getPublic())));
        assertThat(jwks).contains("\"alg\":\"RS256\"").contains("\"use\":\"sig\"").doesNotContain("\"d\"");

        assertThat(MediaTokenVerifier.fromJwksJson(jwks).withClock(CLOCK)
                .isValid(rsaToken(claims("REF30", NOW, 420)), "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);
    }

    @Test
    void another_resource_or_requestor_is_refused() {
        String token = rsaToken(claims("REF30", NOW, 420));

        assertThat(rsaVerifier().isValid(token, "REF40")).isEqualTo(MediaTokenStatus.INVALID_RESOURCE_ID);
        assertThat(rsaVerifier().isValid(token, null)).isEqualTo(MediaTokenStatus.INVALID_RESOURCE_ID);
        assertThat(rsaVerifier().forRequestor("OTHER").isValid(token, "REF30"))
                .isEqualTo(MediaTokenStatus.INVALID_RESOURCE_ID);
    }

    @Test
    void an_expired_or_not_yet_valid_token_is_refused_beyond_the_clock_skew() {
        assertThat(rsaVerifier().isValid(rsaToken(claims("REF30", NOW - 500, 420)), "REF30"))
                .isEqualTo(MediaTokenStatus.TOKEN_EXPIRED);
        assertThat(rsaVerifier().isValid(rsaToken(claims("REF30", NOW - 440, 420)), "REF30"))
                .as("20 s past exp is within the default 30 s skew").isEqualTo(MediaTokenStatus.VALID_TOKEN);
        assertThat(rsaVerifier().withClockSkew(Duration.ZERO).isValid(rsaToken(claims("REF30", NOW - 440, 420)),
                "REF30")).isEqualTo(MediaTokenStatus.TOKEN_EXPIRED);
        assertThat(rsaVerifier().isValid(rsaToken(claims("REF30", NOW + 120, 420)), "REF30"))
                .isEqualTo(MediaTokenStatus.TOKEN_EXPIRED);
    }

    @Test
    void a_tampered_payload_or_signature_is_refused() {
        String compact = new String(Base64.getDecoder().decode(rsaToken(claims("REF30", NOW, 420))),
                StandardCharsets.US_ASCII);
        String[] parts = compact.split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("REF30\",\"mvpd", "REF40\",\"mvpd").getBytes(StandardCharsets.UTF_8));
        String swapped = b64(parts[0] + "." + otherPayload + "." + parts[2]);
        char last = parts[2].charAt(10);
        String flipped = b64(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(11));

        assertThat(rsaVerifier().isValid(swapped, "REF40")).isEqualTo(MediaTokenStatus.INVALID_SIGNATURE);
        assertThat(rsaVerifier().isValid(flipped, "REF30")).isEqualTo(MediaTokenStatus.INVALID_SIGNATURE);
    }

    @Test
    void a_token_from_another_key_or_with_an_unknown_kid_is_refused() {
        String otherKey = new MediaTokenSigner("k1", MediaTokenAlgorithm.RS256, rsa2.getPrivate())
                .sign(claims("REF30", NOW, 420));
        String unknownKid = new MediaTokenSigner("k9", MediaTokenAlgorithm.RS256, rsa.getPrivate())
                .sign(claims("REF30", NOW, 420));

        assertThat(rsaVerifier().isValid(otherKey, "REF30")).isEqualTo(MediaTokenStatus.INVALID_SIGNATURE);
        assertThat(rsaVerifier().isValid(unknownKid, "REF30")).isEqualTo(MediaTokenStatus.INVALID_SIGNATURE);
    }

    @Test
    void alg_none_hs256_and_es256_against_an_rsa_key_are_refused() throws Exception {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MediaTokenFormat.payload(claims("REF30", NOW, 420)).getBytes(StandardCharsets.UTF_8));
        String none = header("none") + "." + payload + ".";
        String noneWithSig = header("none") + "." + payload + ".AAAA";
        // HS256 "signed" with the RSA public key bytes: the classic key-confusion attack
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(rsa.getPublic().getEncoded(), "HmacSHA256"));
        String hsInput = header("HS256") + "." + payload;
        String hs = hsInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)));
        String es = new String(Base64.getDecoder().decode(new MediaTokenSigner("k1", MediaTokenAlgorithm.ES256,
                ec.getPrivate()).sign(claims("REF30", NOW, 420))), StandardCharsets.US_ASCII);

        assertThat(rsaVerifier().isValid(b64(none), "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        assertThat(rsaVerifier().isValid(b64(noneWithSig), "REF30")).isEqualTo(MediaTokenStatus.INVALID_SIGNATURE);
        assertThat(rsaVerifier().isValid(b64(hs), "REF30")).isEqualTo(MediaTokenStatus.INVALID_SIGNATURE);
        assertThat(rsaVerifier().isValid(b64(es), "REF30")).isEqualTo(MediaTokenStatus.INVALID_SIGNATURE);
    }

    @Test
    void garbage_is_a_format_error_never_an_exception() {
        MediaTokenVerifier v = rsaVerifier();
        assertThat(v.isValid(null, "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        assertThat(v.isValid("", "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        assertThat(v.isValid("%%%not-base64", "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        assertThat(v.isValid(b64("a.b"), "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        assertThat(v.isValid(b64("a.b.c.d"), "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        assertThat(v.isValid(b64("e30.e30.AAAA"), "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        assertThat(v.isValid("A".repeat(20_000), "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        // an access token (typ at+jwt) is not a media token even if the key matched
        String at = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIiwidHlwIjoiYXQrand0In0.e30.AAAA";
        assertThat(v.isValid(b64(at), "REF30")).isEqualTo(MediaTokenStatus.INVALID_TOKEN_FORMAT);
    }

    @Test
    void keys_are_pinned_from_the_jwk_and_unusable_keys_refused() {
        assertThatThrownBy(() -> new MediaTokenKey("k", MediaTokenAlgorithm.ES256, rsa.getPublic()))
                .isInstanceOf(IllegalArgumentException.class);
        String jwks = "{\"keys\":[{\"kty\":\"oct\",\"kid\":\"h\",\"k\":\"c2VjcmV0\"},"
                + MediaTokenKeySet.toJwksJson(List.of(new MediaTokenKey("k1", MediaTokenAlgorithm.RS256,
                        rsa.getPublic()))).replace("{\"keys\":[", "").replace("\"alg\":\"RS256\"", "\"alg\":\"HS256\"");
        assertThat(MediaTokenKeySet.parseJwks(jwks)).isEmpty();
    }

    @Test
    void a_jwks_url_is_fetched_once_and_refetched_for_a_rotated_kid_with_failures_as_error_unknown()
            throws Exception {
        AtomicInteger hits = new AtomicInteger();
        String[] body = { MediaTokenKeySet.toJwksJson(List.of(new MediaTokenKey("k1", MediaTokenAlgorithm.RS256,
                rsa.getPublic()))) };
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", ex -> {
            hits.incrementAndGet();
            byte[] b = body[0].getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
            MediaTokenVerifier v = MediaTokenVerifier.fromKeySet(MediaTokenKeySet.fromUrl(url, Duration.ofMinutes(10),
                    Duration.ZERO)).withClock(CLOCK);
            String t1 = rsaToken(claims("REF30", NOW, 420));
            // a caller that must not block learns that the keys are not there yet, without a fetch
            assertThat(v.verifyWithoutFetching(t1, "REF30")).isEmpty();
            assertThat(hits).hasValue(0);
            assertThat(v.isValid(t1, "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);
            assertThat(v.isValid(t1, "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);
            assertThat(v.verifyWithoutFetching(t1, "REF30")).map(MediaTokenVerification::status)
                    .contains(MediaTokenStatus.VALID_TOKEN);
            assertThat(v.verifyWithoutFetching(t1, "CNN")).map(MediaTokenVerification::status)
                    .contains(MediaTokenStatus.INVALID_RESOURCE_ID);
            assertThat(hits).hasValue(1);

            body[0] = MediaTokenKeySet.toJwksJson(List.of(
                    new MediaTokenKey("k1", MediaTokenAlgorithm.RS256, rsa.getPublic()),
                    new MediaTokenKey("k2", MediaTokenAlgorithm.RS256, rsa2.getPublic())));
            String t2 = new MediaTokenSigner("k2", MediaTokenAlgorithm.RS256, rsa2.getPrivate())
                    .sign(claims("REF30", NOW, 420));
            assertThat(v.verifyWithoutFetching(t2, "REF30")).isEmpty(); // a rotated kid needs a refetch first
            assertThat(hits).hasValue(1);
            assertThat(v.isValid(t2, "REF30")).isEqualTo(MediaTokenStatus.VALID_TOKEN);
            assertThat(hits).hasValue(2);
        } finally {
            server.stop(0);
        }
        MediaTokenVerifier fixed = MediaTokenVerifier.fromPublicKey("k1", rsa.getPublic()).withClock(CLOCK);
        assertThat(fixed.verifyWithoutFetching(rsaToken(claims("REF30", NOW, 420)), "REF30"))
                .map(MediaTokenVerification::status).contains(MediaTokenStatus.VALID_TOKEN);
        assertThat(fixed.verifyWithoutFetching("garbage", "REF30")).map(MediaTokenVerification::status)
                .contains(MediaTokenStatus.INVALID_TOKEN_FORMAT);
        MediaTokenVerifier unreachable = MediaTokenVerifier.fromJwksUrl(URI.create("http://127.0.0.1:9/jwks"));
        assertThat(unreachable.isValid(rsaToken(claims("REF30", NOW, 420)), "REF30"))
                .isEqualTo(MediaTokenStatus.ERROR_UNKNOWN);
    }

    private static String header(String alg) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"alg\":\"" + alg + "\",\"kid\":\"k1\",\"typ\":\"media+jwt\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }
}
