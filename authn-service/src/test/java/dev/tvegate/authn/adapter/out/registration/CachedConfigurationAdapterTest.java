package dev.tvegate.authn.adapter.out.registration;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.tvegate.authn.domain.model.SpConfiguration;
import dev.tvegate.kernel.error.EnhancedErrorException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configuration cache: freshness, single flight, last good copy while registration is down. */
class CachedConfigurationAdapterTest {

    private static final SpConfiguration REF30 = new SpConfiguration(
            new SpConfiguration.ServiceProvider("REF30", "Reference", List.of("adobe.com")), List.of());

    /** A registration that answers REF30, 404s everything else, or fails while {@code down}. */
    static final class FakeRegistration extends RegistrationConfigurationClient {
        final AtomicInteger calls = new AtomicInteger();
        volatile boolean down;
        volatile UniEmitter<? super Optional<SpConfiguration>> held;
        volatile boolean hold;

        FakeRegistration() {
            super(null, null);
        }

        @Override
        public Uni<Optional<SpConfiguration>> fetch(String serviceProvider) {
            calls.incrementAndGet();
            if (hold) {
                return Uni.createFrom().emitter(e -> held = e);
            }
            if (down) {
                return Uni.createFrom().failure(new RuntimeException("connection refused"));
            }
            return Uni.createFrom().item(serviceProvider.equals("REF30") ? Optional.of(REF30) : Optional.empty());
        }
    }

    private final FakeRegistration registration = new FakeRegistration();

    private Optional<SpConfiguration> find(CachedConfigurationAdapter cache, String sp) {
        return cache.find(sp).await().atMost(Duration.ofSeconds(2));
    }

    @Test
    void aFreshCopyIsServedWithoutAskingRegistrationAgain() {
        var cache = new CachedConfigurationAdapter(registration, Duration.ofMinutes(2), Duration.ofSeconds(10));
        assertThat(find(cache, "REF30")).contains(REF30);
        assertThat(find(cache, "REF30")).contains(REF30);
        assertThat(registration.calls).hasValue(1);
    }

    @Test
    void aStaleCopyIsRefreshedAndServedWhileRegistrationIsDown() throws InterruptedException {
        var cache = new CachedConfigurationAdapter(registration, Duration.ofMillis(1), Duration.ofMillis(1));
        assertThat(find(cache, "REF30")).contains(REF30);
        Thread.sleep(5);
        assertThat(find(cache, "REF30")).contains(REF30);
        assertThat(registration.calls).hasValue(2);
        registration.down = true;
        Thread.sleep(5);
        assertThat(find(cache, "REF30")).contains(REF30);
        assertThat(registration.calls).hasValue(3);
    }

    @Test
    void aServiceProviderNeverFetchedFailsWhileRegistrationIsDown() {
        registration.down = true;
        var cache = new CachedConfigurationAdapter(registration, Duration.ofMinutes(2), Duration.ofSeconds(10));
        assertThatThrownBy(() -> find(cache, "REF30"))
                .isInstanceOfSatisfying(EnhancedErrorException.class, e -> {
                    assertThat(e.error().code()).isEqualTo("internal_server_error");
                    assertThat(e.error().status()).isEqualTo(500);
                });
    }

    @Test
    void unknownServiceProvidersAreRememberedAndMalformedOnesNeverAsked() {
        var cache = new CachedConfigurationAdapter(registration, Duration.ofMinutes(2), Duration.ofSeconds(10));
        assertThat(find(cache, "NOPE")).isEmpty();
        assertThat(find(cache, "NOPE")).isEmpty();
        assertThat(find(cache, "../etc/passwd")).isEmpty();
        assertThat(find(cache, "")).isEmpty();
        assertThat(registration.calls).hasValue(1);
    }

    @Test
    void concurrentMissesShareOneRequest() {
        registration.hold = true;
        var cache = new CachedConfigurationAdapter(registration, Duration.ofMinutes(2), Duration.ofSeconds(10));
        var first = cache.find("REF30").subscribeAsCompletionStage();
        var second = cache.find("REF30").subscribeAsCompletionStage();
        registration.held.complete(Optional.of(REF30));
        assertThat(first.join()).contains(REF30);
        assertThat(second.join()).contains(REF30);
        assertThat(registration.calls).hasValue(1);
    }
}
