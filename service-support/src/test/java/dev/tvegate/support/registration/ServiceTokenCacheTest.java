package dev.tvegate.support.registration;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service token: cached, renewed after a refusal, never fetched without a secret. */
class ServiceTokenCacheTest {

    private static final Logger LOG = Logger.getLogger(ServiceTokenCacheTest.class);
    private final AtomicInteger fetches = new AtomicInteger();

    private Uni<TokenDocument> endpoint(String clientId, String secret, String grantType) {
        assertThat(grantType).isEqualTo("client_credentials");
        return Uni.createFrom().item(new TokenDocument("token-" + fetches.incrementAndGet(), 3600));
    }

    @Test
    void theTokenIsFetchedOnceUntilInvalidated() {
        ServiceTokenCache tokens = new ServiceTokenCache("authz", this::endpoint, "authz-service", Optional.of("s"),
                LOG);
        assertThat(tokens.token().await().atMost(Duration.ofSeconds(1))).isEqualTo("token-1");
        assertThat(tokens.token().await().atMost(Duration.ofSeconds(1))).isEqualTo("token-1");
        tokens.invalidate();
        assertThat(tokens.token().await().atMost(Duration.ofSeconds(1))).isEqualTo("token-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void withoutASecretNothingIsAskedAndTheKeyIsNamed() {
        ServiceTokenCache tokens = new ServiceTokenCache("authn", this::endpoint, "authn-service", Optional.empty(),
                LOG);
        assertThatThrownBy(() -> tokens.token().await().atMost(Duration.ofSeconds(1)))
                .hasMessageContaining("tvegate.authn.service-client.secret is not set");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheCallRepeated() {
        ServiceTokenCache tokens = new ServiceTokenCache("authz", this::endpoint, "authz-service", Optional.of("s"),
                LOG);
        AtomicInteger calls = new AtomicInteger();
        String answer = RegistrationCalls.<String> withServiceToken(tokens::token, tokens::invalidate,
                e -> e instanceof IllegalStateException, authorization -> calls.incrementAndGet() == 1
                        ? Uni.createFrom().failure(new IllegalStateException("401"))
                        : Uni.createFrom().item(authorization))
                .await().atMost(Duration.ofSeconds(1));
        assertThat(answer).isEqualTo("Bearer token-2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aFailureWithoutAResponseHasNoStatus() {
        assertThat(RegistrationCalls.status(new IllegalStateException("boom"))).isEqualTo(-1);
    }
}
