package dev.tvegate.authz.adapter.out.redis;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.tvegate.authz.domain.model.CachedDecision;
import dev.tvegate.authz.support.Remotes;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision cache against the real Redis: the batch read is one MGET and agrees with the single reads. */
@QuarkusTest
@QuarkusTestResource(value = Remotes.class, restrictToAnnotatedClass = false)
class RedisDecisionCacheAdapterTest {

    @Inject
    RedisDecisionCacheAdapter cache;

    @Inject
    RedisDataSource redis;

    @Test
    void findAll_returns_the_hits_by_key_and_leaves_out_misses_and_unreadable_entries() {
        String run = UUID.randomUUID().toString();
        String a = run + "-a";
        String b = run + "-b";
        String missing = run + "-missing";
        String corrupt = run + "-corrupt";
        CachedDecision permit = new CachedDecision(true, null, false, 1_000, 2_000);
        CachedDecision deny = new CachedDecision(false, "no \"Live\"", true, 1_000, 3_000);
        cache.save(a, permit, Duration.ofMinutes(1)).await().indefinitely();
        cache.save(b, deny, Duration.ofMinutes(1)).await().indefinitely();
        redis.value(String.class).psetex(RedisDecisionCacheAdapter.PREFIX + corrupt, 60_000, "{not json");

        Map<String, CachedDecision> hits = cache.findAll(List.of(a, missing, b, corrupt, a)).await().indefinitely();

        assertThat(hits).containsOnly(Map.entry(a, permit), Map.entry(b, deny));
        assertThat(cache.find(a).await().indefinitely()).contains(permit);
        assertThat(cache.find(b).await().indefinitely()).contains(deny);
        assertThat(cache.findAll(List.of()).await().indefinitely()).isEmpty();
        assertThat(cache.findAll(List.of(missing)).await().indefinitely()).isEmpty();
    }
}
