package dev.tvegate.registration.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tvegate.kernel.legacy.LegacyRequestSigner;
import dev.tvegate.kernel.legacy.LegacySignedRequest;
import dev.tvegate.registration.application.port.in.LegacyRequestCommand;
import dev.tvegate.registration.application.port.out.NonceStorePort;
import dev.tvegate.registration.domain.error.LegacyAuthenticationException;
import dev.tvegate.registration.domain.error.LegacyAuthenticationException.Failure;
import dev.tvegate.registration.domain.model.Caller;
import io.smallrye.mutiny.Uni;

import static dev.tvegate.registration.application.service.SecurityFakes.app;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthenticateLegacyRequestServiceTest {

    static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    static final String PATH = "/reggie/v1/REF30/regcode";
    static final Set<String> URIS = Set.of(PATH, "/regcode");

    final Nonces nonces = new Nonces();
    final SecurityFakes.Applications applications = new SecurityFakes.Applications()
            .with(app("app", List.of("REF30"), List.of("ref30.com"), false))
            .with(app("gone", List.of("REF30"), List.of("ref30.com"), true));
    final AuthenticateLegacyRequestService service = new AuthenticateLegacyRequestService(applications, nonces,
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

    @Test
    void aCorrectlySignedRequestAuthenticatesItsApplicationForTheRequestor() {
        Caller caller = authenticate(sign("POST", "REF30", "/regcode", "pub-app", "priv-app", NOW.toEpochMilli()));

        assertThat(caller.applicationId()).isEqualTo("app");
        assertThat(caller.serviceProviders()).containsExactly("REF30");
        assertThat(caller.clientId()).isEqualTo("legacy:pub-app");
        assertThat(nonces.claimed).hasSize(1).containsValue(Duration.ofMinutes(10));
    }

    @Test
    void theFullPathIsAcceptedAsRequestUriToo() {
        assertThat(authenticate(sign("POST", "REF30", PATH, "pub-app", "priv-app", NOW.toEpochMilli()))).isNotNull();
    }

    @Test
    void aReplayedNonceIsRefused() {
        String header = sign("POST", "REF30", "/regcode", "pub-app", "priv-app", NOW.toEpochMilli());
        authenticate(header);
        assertRefused(header, "nonce was already used");
    }

    @Test
    void aRequestTimeOutsideTheWindowIsRefusedBothWays() {
        assertRefused(sign("POST", "REF30", "/regcode", "pub-app", "priv-app",
                NOW.minus(Duration.ofMinutes(5)).minusSeconds(1).toEpochMilli()), "request_time");
        assertRefused(sign("POST", "REF30", "/regcode", "pub-app", "priv-app",
                NOW.plus(Duration.ofMinutes(6)).toEpochMilli()), "request_time");
        // seconds instead of milliseconds: the classic client mistake
        assertRefused(sign("POST", "REF30", "/regcode", "pub-app", "priv-app", NOW.getEpochSecond()),
                "epoch milliseconds");
        assertThat(authenticate(sign("POST", "REF30", "/regcode", "pub-app", "priv-app",
                NOW.minus(Duration.ofMinutes(4)).toEpochMilli()))).isNotNull();
    }

    @Test
    void aWrongKeyOrATamperedHeaderIsRefusedWithoutBurningTheNonce() {
        assertRefused(sign("POST", "REF30", "/regcode", "pub-app", "not-the-key", NOW.toEpochMilli()),
                "signature does not verify");
        String good = sign("POST", "REF30", "/regcode", "pub-app", "priv-app", NOW.toEpochMilli());
        String tampered = good.replace("request_time=" + NOW.toEpochMilli(), "request_time=" + (NOW.toEpochMilli()
                + 1));
        assertRefused(tampered, "signature does not verify");
        assertThat(nonces.claimed).isEmpty();
        assertThat(authenticate(good)).isNotNull();
    }

    @Test
    void unknownOrRevokedKeysAndForeignRequestorsAreRefused() {
        assertRefused(sign("POST", "REF30", "/regcode", "pub-nobody", "x", NOW.toEpochMilli()), "public_key");
        assertRefused(sign("POST", "REF30", "/regcode", "pub-gone", "priv-gone", NOW.toEpochMilli()), "revoked");
        applications.with(app("other", List.of("CNN"), List.of("cnn.com"), false));
        assertRefused(sign("POST", "REF30", "/regcode", "pub-other", "priv-other", NOW.toEpochMilli()),
                "may not act for requestor");
    }

    @Test
    void theSignedMethodRequestorAndUriMustBeThoseOfTheRequest() {
        assertRefused(sign("GET", "REF30", "/regcode", "pub-app", "priv-app", NOW.toEpochMilli()), "method");
        assertRefused(sign("POST", "CNN", "/regcode", "pub-app", "priv-app", NOW.toEpochMilli()), "requestor_id");
        assertRefused(sign("POST", "REF30", "/authenticate", "pub-app", "priv-app", NOW.toEpochMilli()),
                "request_uri");
    }

    @Test
    void eachRefusalIsClassifiedForTheInternalVerificationEndpoint() {
        String good = sign("POST", "REF30", "/regcode", "pub-app", "priv-app", NOW.toEpochMilli());
        assertFailure(sign("POST", "REF30", "/regcode", "pub-app", "priv-app", NOW.getEpochSecond()),
                Failure.STALE_REQUEST);
        assertFailure(sign("POST", "REF30", "/regcode", "pub-nobody", "x", NOW.toEpochMilli()), Failure.UNKNOWN_KEY);
        assertFailure(sign("POST", "REF30", "/regcode", "pub-app", "not-the-key", NOW.toEpochMilli()),
                Failure.INVALID_SIGNATURE);
        assertFailure(sign("POST", "REF30", "/authenticate", "pub-app", "priv-app", NOW.toEpochMilli()),
                Failure.INVALID_SIGNATURE);
        assertFailure(good.replace("HMAC-SHA1", "HMAC-SHA256"), Failure.MALFORMED);
        authenticate(good);
        assertFailure(good, Failure.REPLAYED_NONCE);
    }

    private void assertFailure(String header, Failure failure) {
        assertThatThrownBy(() -> authenticate(header)).isInstanceOfSatisfying(LegacyAuthenticationException.class,
                e -> assertThat(e.failure()).isEqualTo(failure));
    }

    private Caller authenticate(String header) {
        LegacySignedRequest request = LegacySignedRequest.parse(header).orElseThrow();
        return service.authenticate(new LegacyRequestCommand(request, "POST", "REF30", URIS)).await()
                .indefinitely();
    }

    private void assertRefused(String header, String reason) {
        assertThatThrownBy(() -> authenticate(header)).isInstanceOf(LegacyAuthenticationException.class)
                .hasMessageContaining(reason);
    }

    static String sign(String method, String requestor, String uri, String publicKey, String privateKey,
            long time) {
        return LegacyRequestSigner.authorizationHeader(method, requestor, uri, publicKey, privateKey, time);
    }

    static final class Nonces implements NonceStorePort {
        final Map<String, Duration> claimed = new HashMap<>();

        @Override
        public Uni<Boolean> claim(String nonce, Duration ttl) {
            return Uni.createFrom().item(claimed.putIfAbsent(nonce, ttl) == null);
        }
    }
}
