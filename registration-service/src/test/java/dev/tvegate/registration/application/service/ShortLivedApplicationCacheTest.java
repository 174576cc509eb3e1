package dev.tvegate.registration.application.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.smallrye.mutiny.Uni;

import static dev.tvegate.registration.application.service.SecurityFakes.app;
import static org.assertj.core.api.Assertions.assertThat;

class ShortLivedApplicationCacheTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final AtomicInteger reads = new AtomicInteger();
    final SecurityFakes.Applications repository = new SecurityFakes.Applications() {
        @Override
        public Uni<Optional<RegisteredApplication>> findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    }.with(app("a", List.of("REF30"), List.of("x.com"), false));

    @Test
    void aRevocationIsSeenOnceTheTtlHasPassed() {
        var cache = new ShortLivedApplicationCache(repository, Duration.ofSeconds(2), nanos::get);

        assertThat(find(cache, "a").revoked()).isFalse();
        repository.with(repository.byId.get("a").revoke());
        nanos.addAndGet(Duration.ofMillis(1999).toNanos());
        assertThat(find(cache, "a").revoked()).isFalse();
        assertThat(reads).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(2).toNanos());
        assertThat(find(cache, "a").revoked()).isTrue();
        assertThat(reads).hasValue(2);
    }

    @Test
    void zeroTtlReadsEveryTime() {
        var cache = new ShortLivedApplicationCache(repository, Duration.ZERO, nanos::get);
        find(cache, "a");
        find(cache, "a");
        assertThat(reads).hasValue(2);
    }

    @Test
    void unknownApplicationsAreRememberedBrieflyToo() {
        var cache = new ShortLivedApplicationCache(repository, Duration.ofSeconds(2), nanos::get);
        assertThat(cache.findById("nope").await().indefinitely()).isEmpty();
        assertThat(cache.findById("nope").await().indefinitely()).isEmpty();
        assertThat(reads).hasValue(1);
    }

    private static RegisteredApplication find(ShortLivedApplicationCache cache, String id) {
        return cache.findById(id).await().indefinitely().orElseThrow();
    }
}
