package dev.tvegate.authn.adapter.out.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiscoveryCacheTest {

    private static ProviderMetadata metadata(String issuer) {
        return new ProviderMetadata(issuer, issuer + "/authorize", issuer + "/token", issuer + "/jwks", null,
                List.of());
    }

    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<Uni<ProviderMetadata>> answer = new AtomicReference<>();
    private final AtomicReference<String> lastUrl = new AtomicReference<>();
    private final Clock[] clock = { Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC) };
    private final DiscoveryCache cache = new DiscoveryCache(url -> {
        fetches.incrementAndGet();
        lastUrl.set(url);
        return answer.get();
    }, Duration.ofMinutes(10), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return clock[0].instant();
        }
    });

    @Test
    void aDocumentIsFetchedFromTheWellKnownPathAndKeptForTheTtl() {
        answer.set(Uni.createFrom().item(metadata("https://mvpd.test")));
        assertThat(cache.metadata("https://mvpd.test/").await().indefinitely().tokenEndpoint())
                .isEqualTo("https://mvpd.test/token");
        assertThat(lastUrl.get()).isEqualTo("https://mvpd.test/.well-known/openid-configuration");
        cache.metadata("https://mvpd.test/").await().indefinitely();
        assertThat(fetches).hasValue(1);
        clock[0] = Clock.offset(clock[0], Duration.ofMinutes(11));
        cache.metadata("https://mvpd.test/").await().indefinitely();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aDocumentNamingAnotherIssuerIsRefused() {
        answer.set(Uni.createFrom().item(metadata("https://evil.test")));
        assertThatThrownBy(() -> cache.metadata("https://mvpd.test").await().indefinitely())
                .isInstanceOf(OidcExceptions.Misconfigured.class);
    }

    @Test
    void whenARefreshFailsTheLastGoodDocumentKeepsServing() {
        answer.set(Uni.createFrom().item(metadata("https://mvpd.test")));
        cache.metadata("https://mvpd.test").await().indefinitely();
        clock[0] = Clock.offset(clock[0], Duration.ofMinutes(11));
        answer.set(Uni.createFrom().failure(new OidcExceptions.Unavailable("503")));
        assertThat(cache.metadata("https://mvpd.test").await().indefinitely().issuer()).isEqualTo("https://mvpd.test");
        assertThatThrownBy(() -> cache.metadata("https://never-seen.test").await().indefinitely())
                .isInstanceOf(OidcExceptions.Unavailable.class);
    }

    @Test
    void aDiscoveryDocumentWithoutRequiredEndpointsIsAnInvalidResponse() {
        assertThatThrownBy(() -> ProviderMetadata.parse("{\"issuer\":\"https://mvpd.test\"}"))
                .isInstanceOf(OidcExceptions.InvalidResponse.class);
        assertThatThrownBy(() -> ProviderMetadata.parse("<html>")).isInstanceOf(OidcExceptions.InvalidResponse.class);
        assertThat(ProviderMetadata.parse("""
                {"issuer":"i","authorization_endpoint":"a","token_endpoint":"t","jwks_uri":"j",
                 "token_endpoint_auth_methods_supported":["client_secret_post"]}""").prefersSecretInForm()).isTrue();
    }
}
