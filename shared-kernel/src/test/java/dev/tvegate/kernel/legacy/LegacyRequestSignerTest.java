package dev.tvegate.kernel.legacy;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tvegate.kernel.legacy.LegacyRequestSigner.Verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegacyRequestSignerTest {

    private static final String PUBLIC_KEY = "yKpsHYd8TOITdTMJHmkJOVmgbb2DykNK";
    private static final String PRIVATE_KEY = "gB8HYdEPyezeYbR1";
    private static final long NOW = 1_704_963_921_144L;
    private static final Duration SKEW = Duration.ofMinutes(5);

    @Test
    void signedHeadersRoundTrip() {
        String header = LegacyRequestSigner.authorizationHeader("POST", "sampleRequestorId", "/regcode", PUBLIC_KEY,
                PRIVATE_KEY, NOW);

        LegacySignedRequest request = LegacySignedRequest.parse(header).orElseThrow();

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.requestorId()).isEqualTo("sampleRequestorId");
        assertThat(UUID.fromString(request.nonce())).isNotNull();
        assertThat(request.signatureMethod()).isEqualTo("HMAC-SHA1");
        assertThat(request.requestTimeMillis()).isEqualTo(NOW);
        assertThat(request.requestUri()).isEqualTo("/regcode");
        assertThat(request.publicKey()).isEqualTo(PUBLIC_KEY);
        assertThat(request.signedPortion()).isEqualTo(header.substring(0, header.indexOf(", public_key")))
                .isEqualTo(request.canonicalSignedPortion());
        assertThat(request.headerValue()).isEqualTo(header);
        assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW + 1_000, SKEW)).isEqualTo(Verification.VALID);
    }

    @Test
    void matchesAnIndependentlyComputedHmac() {
        // HMAC-SHA1 with key "key" over the classic test sentence (RFC 2104 style vector)
        assertThat(LegacyRequestSigner.sign("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("3nybhbi3iqa8ino29wqQcBydtNk=");
    }

    @Test
    void verifiesAgainstTheRawTextTheClientSigned() {
        // a client with unusual spacing: the canonical text would differ, the raw one is what was signed
        String signed = "GET requestor_id=REF30,  nonce=abc123, signature_method=HMAC-SHA1, request_time=" + NOW
                + ", request_uri=/authorize";
        String header = signed + ", public_key=" + PUBLIC_KEY + ", signature="
                + LegacyRequestSigner.sign(PRIVATE_KEY, signed);

        LegacySignedRequest request = LegacySignedRequest.parse(header).orElseThrow();

        assertThat(request.rawSignedPortion()).isEqualTo(signed);
        assertThat(request.canonicalSignedPortion()).isNotEqualTo(signed);
        assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW, SKEW)).isEqualTo(Verification.VALID);
    }

    @Test
    void detectsTampering() {
        String header = LegacyRequestSigner.authorizationHeader("POST", "REF30", "/regcode", PUBLIC_KEY, PRIVATE_KEY,
                NOW);

        String otherRequestor = header.replace("requestor_id=REF30", "requestor_id=REF31");
        String otherUri = header.replace("request_uri=/regcode", "request_uri=/authorize");

        for (String tampered : new String[] { otherRequestor, otherUri }) {
            LegacySignedRequest request = LegacySignedRequest.parse(tampered).orElseThrow();
            assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW, SKEW))
                    .isEqualTo(Verification.BAD_SIGNATURE);
        }
        LegacySignedRequest genuine = LegacySignedRequest.parse(header).orElseThrow();
        assertThat(LegacyRequestSigner.verify(genuine, "another-private-key", NOW, SKEW))
                .isEqualTo(Verification.BAD_SIGNATURE);
        assertThat(LegacyRequestSigner.verify(genuine, "", NOW, SKEW)).isEqualTo(Verification.BAD_SIGNATURE);
    }

    @Test
    void refusesRequestTimesOutsideTheWindow() {
        LegacySignedRequest request = LegacySignedRequest.parse(
                LegacyRequestSigner.authorizationHeader("POST", "REF30", "/regcode", PUBLIC_KEY, PRIVATE_KEY, NOW))
                .orElseThrow();

        assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW + SKEW.toMillis(), SKEW))
                .isEqualTo(Verification.VALID);
        assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW + SKEW.toMillis() + 1, SKEW))
                .isEqualTo(Verification.REQUEST_TIME_OUT_OF_WINDOW);
        assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW - SKEW.toMillis() - 1, SKEW))
                .isEqualTo(Verification.REQUEST_TIME_OUT_OF_WINDOW);
    }

    @Test
    void aRequestTimeInSecondsIsOutOfWindow() {
        long seconds = NOW / 1000;
        String signed = LegacySignedRequest.canonicalSignedPortion("POST", "REF30", "n", "HMAC-SHA1", seconds,
                "/regcode");
        LegacySignedRequest request = new LegacySignedRequest("POST", "REF30", "n", "HMAC-SHA1", seconds, "/regcode",
                PUBLIC_KEY, LegacyRequestSigner.sign(PRIVATE_KEY, signed));

        assertThat(request.rawSignedPortion()).isNull();
        assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW, SKEW))
                .isEqualTo(Verification.REQUEST_TIME_OUT_OF_WINDOW);
    }

    @Test
    void refusesOtherSignatureMethods() {
        String signed = LegacySignedRequest.canonicalSignedPortion("POST", "REF30", "n", "HMAC-SHA256", NOW,
                "/regcode");
        LegacySignedRequest request = LegacySignedRequest.parse(signed + ", public_key=" + PUBLIC_KEY
                + ", signature=" + LegacyRequestSigner.sign(PRIVATE_KEY, signed)).orElseThrow();

        assertThat(LegacyRequestSigner.verify(request, PRIVATE_KEY, NOW, SKEW))
                .isEqualTo(Verification.UNSUPPORTED_SIGNATURE_METHOD);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig", "Basic dXNlcjpwYXNz", "", "POST",
            "POST nonce=1, requestor_id=x" })
    void ignoresOtherSchemes(String header) {
        assertThat(LegacySignedRequest.parse(header)).isEmpty();
        assertThat(LegacySignedRequest.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "POST requestor_id=REF30, nonce=n, signature_method=HMAC-SHA1, request_time=1, request_uri=/r",
            "POST requestor_id=REF30, nonce=n, signature_method=HMAC-SHA1, request_time=1, request_uri=/r, "
                    + "public_key=p",
            "POST requestor_id=REF30, signature_method=HMAC-SHA1, request_time=1, request_uri=/r, public_key=p, "
                    + "signature=s",
            "POST requestor_id=REF30, nonce=n, signature_method=HMAC-SHA1, request_time=soon, request_uri=/r, "
                    + "public_key=p, signature=s",
            "POST requestor_id=REF30, nonce=n, nonce=m, signature_method=HMAC-SHA1, request_time=1, "
                    + "request_uri=/r, public_key=p, signature=s",
            "POST requestor_id=REF30, nonce=, signature_method=HMAC-SHA1, request_time=1, request_uri=/r, "
                    + "public_key=p, signature=s",
            "POST requestor_id=REF30, nonce=n, signature_method=HMAC-SHA1, request_time=1, request_uri=/r, "
                    + "public_key=p, signature=s, extra=1",
            "POST requestor_id=REF30, nonce n, signature_method=HMAC-SHA1, request_time=1, request_uri=/r, "
                    + "public_key=p, signature=s" })
    void refusesMalformedSignedHeaders(String header) {
        assertThatThrownBy(() -> LegacySignedRequest.parse(header)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Malformed signed Authorization header: ");
    }
}
