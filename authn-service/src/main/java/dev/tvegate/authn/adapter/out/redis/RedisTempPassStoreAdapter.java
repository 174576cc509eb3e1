package dev.tvegate.authn.adapter.out.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tvegate.authn.application.port.out.TempPassStorePort;
import dev.tvegate.authn.config.AuthnConfig;
import dev.tvegate.authn.domain.model.TempPassConfig;
import dev.tvegate.authn.domain.model.TempPassKey;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.authn.domain.service.TrialMatching;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.support.redis.RedisScript;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * TempPass trials in Redis (spec §8.3):
 * <ul>
 * <li>{@code authn:temppass:trial:<id>}: a hash {@code sp, mvpd, promotional, ttl, limit, created, started, expires}
 * (epoch ms; {@code started = 0} until the first authorization);</li>
 * <li>{@code authn:temppass:trial:<id>:resources}: the distinct resource ids counted (promotional with a limit);</li>
 * <li>{@code authn:temppass:trial:<id>:links}: the names of the link keys below that point at the trial;</li>
 * <li>{@code authn:temppass:<sp>:<mvpd>:device:<sha256(deviceId)>} and
 * {@code authn:temppass:<sp>:<mvpd>:identity:<sha256(identityHash)>}: links to the trial id;</li>
 * <li>{@code authn:temppass:<sp>:<mvpd>:trials}: the set of the pair's trial ids, read with {@code SSCAN} by a reset
 * of every device or key (never {@code KEYS}).</li>
 * </ul>
 * Every key expires {@code tvegate.authn.temppass.retention} (400 days) after the trial's last change, never at the
 * trial's own TTL: an ended trial stays ended until it is reset. The matching rules of {@link TrialMatching}, the
 * start of the clock and the resource count each run in one Lua script, so concurrent requests see one trial and
 * never count past the limit. Times are the service's clock (epoch ms passed to the scripts), the same clock that
 * evaluates expiry; replicas must be NTP-synchronised (a second of skew is irrelevant to trials of minutes or hours).
 * <p>
 * As in the profile store, scripts derive trial keys from stored values: a single Redis primary (or Sentinel), not
 * Redis Cluster.
 */
@ApplicationScoped
public class RedisTempPassStoreAdapter implements TempPassStorePort {

    static final String PREFIX = "authn:temppass:";
    static final String TRIAL_PREFIX = PREFIX + "trial:";

    /** Shared by the scripts that delete trials: deletes trial {@code id} and the links that still point at it. */
    private static final String DELETE_TRIAL_FUNCTION = """
            local function delete_trial(P, id, index)
              local existed = redis.call('EXISTS', P .. id)
              for _, link in ipairs(redis.call('SMEMBERS', P .. id .. ':links')) do
                if redis.call('GET', link) == id then
                  redis.call('DEL', link)
                end
              end
              redis.call('DEL', P .. id, P .. id .. ':resources', P .. id .. ':links')
              redis.call('SREM', index, id)
              return existed
            end
            """;

    /**
     * KEYS: device link, identity link (= device link for basic), pair index. ARGV: mode ('find' | 'start'), new trial
     * id, now, sp, mvpd, promotional ('1' | '0'), ttl ms, limit, retention ms, trial prefix. Returns nil (find, no
     * trial) or {rule, id, sp, mvpd, promotional, ttl, limit, started, expires, resources…}.
     */
    private static final RedisScript MATCH = new RedisScript("""
            local P = ARGV[10]
            local function live(id)
              if id and redis.call('EXISTS', P .. id) == 1 then return id end
              return false
            end
            local promo = ARGV[6] == '1'
            local dev = live(redis.call('GET', KEYS[1]))
            local idt = false
            if promo then idt = live(redis.call('GET', KEYS[2])) end
            local trial = false
            local rule
            local link_dev = false
            local link_id = false
            if dev and idt then
              trial = dev; rule = 'BOTH_EXISTING'
            elseif dev then
              trial = dev; rule = 'BY_DEVICE'; link_id = promo
            elseif idt then
              trial = idt; rule = 'BY_IDENTITY'; link_dev = true
            else
              rule = 'NEW_TRIAL'; link_dev = true; link_id = promo
            end
            if ARGV[1] == 'find' then
              if not trial then return false end
            else
              local keep = tonumber(ARGV[9])
              if not trial then
                trial = ARGV[2]
                redis.call('HSET', P .. trial, 'sp', ARGV[4], 'mvpd', ARGV[5], 'promotional', ARGV[6], 'ttl', ARGV[7],
                  'limit', ARGV[8], 'created', ARGV[3], 'started', '0', 'expires', '0')
                redis.call('SADD', KEYS[3], trial)
              end
              if link_dev then
                redis.call('SET', KEYS[1], trial)
                redis.call('SADD', P .. trial .. ':links', KEYS[1])
              end
              if link_id then
                redis.call('SET', KEYS[2], trial)
                redis.call('SADD', P .. trial .. ':links', KEYS[2])
              end
              if redis.call('HGET', P .. trial, 'started') == '0' then
                local ttl = tonumber(redis.call('HGET', P .. trial, 'ttl'))
                redis.call('HSET', P .. trial, 'started', ARGV[3],
                  'expires', string.format('%.0f', tonumber(ARGV[3]) + ttl))
              end
              for _, link in ipairs(redis.call('SMEMBERS', P .. trial .. ':links')) do
                redis.call('PEXPIRE', link, keep)
              end
              redis.call('PEXPIRE', P .. trial, keep)
              redis.call('PEXPIRE', P .. trial .. ':links', keep)
              redis.call('PEXPIRE', P .. trial .. ':resources', keep)
              redis.call('PEXPIRE', KEYS[3], keep)
            end
            local f = redis.call('HMGET', P .. trial, 'sp', 'mvpd', 'promotional', 'ttl', 'limit', 'started', 'expires')
            local out = {rule, trial, f[1], f[2], f[3], f[4], f[5], f[6], f[7]}
            for _, r in ipairs(redis.call('SMEMBERS', P .. trial .. ':resources')) do
              table.insert(out, r)
            end
            return out
            """);

    /**
     * KEYS: trial, resources, links. ARGV: resource, now, retention ms. Returns nil (no trial) or {verdict, id, sp,
     * mvpd, promotional, ttl, limit, started, expires, resources…} with the trial id left empty.
     */
    private static final RedisScript COUNT = new RedisScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return false end
            local now = tonumber(ARGV[2])
            local keep = tonumber(ARGV[3])
            if redis.call('HGET', KEYS[1], 'started') == '0' then
              local ttl = tonumber(redis.call('HGET', KEYS[1], 'ttl'))
              redis.call('HSET', KEYS[1], 'started', ARGV[2], 'expires', string.format('%.0f', now + ttl))
            end
            local f = redis.call('HMGET', KEYS[1], 'sp', 'mvpd', 'promotional', 'ttl', 'limit', 'started', 'expires')
            local limit = tonumber(f[5])
            local verdict
            if now >= tonumber(f[7]) then
              verdict = 'EXPIRED'
            elseif f[3] ~= '1' or limit <= 0 then
              verdict = 'UNLIMITED'
            elseif redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 1 then
              verdict = 'ALREADY_COUNTED'
            elseif redis.call('SCARD', KEYS[2]) >= limit then
              verdict = 'LIMIT_REACHED'
            else
              redis.call('SADD', KEYS[2], ARGV[1])
              verdict = 'COUNTED'
            end
            for _, link in ipairs(redis.call('SMEMBERS', KEYS[3])) do
              redis.call('PEXPIRE', link, keep)
            end
            redis.call('PEXPIRE', KEYS[1], keep)
            redis.call('PEXPIRE', KEYS[2], keep)
            redis.call('PEXPIRE', KEYS[3], keep)
            local out = {verdict, '', f[1], f[2], f[3], f[4], f[5], f[6], f[7]}
            for _, r in ipairs(redis.call('SMEMBERS', KEYS[2])) do
              table.insert(out, r)
            end
            return out
            """);

    /** KEYS: trial, resources. Returns nil or {'', '', sp, mvpd, promotional, ttl, limit, started, expires, res…}. */
    private static final RedisScript READ = new RedisScript("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return false end
            local f = redis.call('HMGET', KEYS[1], 'sp', 'mvpd', 'promotional', 'ttl', 'limit', 'started', 'expires')
            local out = {'', '', f[1], f[2], f[3], f[4], f[5], f[6], f[7]}
            for _, r in ipairs(redis.call('SMEMBERS', KEYS[2])) do
              table.insert(out, r)
            end
            return out
            """);

    /** KEYS: link, pair index. ARGV: trial prefix. Deletes the linked trial; returns 1 if there was one, else 0. */
    private static final RedisScript RESET_LINKED = new RedisScript(DELETE_TRIAL_FUNCTION + """
            local id = redis.call('GET', KEYS[1])
            if not id then return 0 end
            local existed = delete_trial(ARGV[1], id, KEYS[2])
            redis.call('DEL', KEYS[1])
            return existed
            """);

    /** KEYS: pair index. ARGV: trial prefix, ids… Returns how many of the trials existed. */
    private static final RedisScript RESET_TRIALS = new RedisScript(DELETE_TRIAL_FUNCTION + """
            local n = 0
            for i = 2, #ARGV do
              n = n + delete_trial(ARGV[1], ARGV[i], KEYS[1])
            end
            return n
            """);

    private final ReactiveRedisDataSource redis;
    private final long retentionMillis;
    private final int resetBatchSize;

    @Inject
    public RedisTempPassStoreAdapter(ReactiveRedisDataSource redis, AuthnConfig config) {
        this(redis, config.tempPass().retention().toMillis(), config.tempPass().resetBatchSize());
    }

    RedisTempPassStoreAdapter(ReactiveRedisDataSource redis, long retentionMillis, int resetBatchSize) {
        this.redis = redis;
        this.retentionMillis = retentionMillis;
        this.resetBatchSize = Math.max(1, resetBatchSize);
    }

    @Override
    public Uni<Optional<TempPassTrial>> find(TempPassKey key) {
        return match("find", key, null, 0).map(r -> r == null ? Optional.empty() : Optional.of(trial(r, r.get(1))));
    }

    @Override
    public Uni<TempPassTrial> startOrRead(TempPassKey key, TempPassConfig rule, long nowMillis) {
        return match("start", key, rule, nowMillis).map(r -> trial(r, r.get(1)));
    }

    private Uni<Response> match(String mode, TempPassKey key, TempPassConfig rule, long nowMillis) {
        boolean promotional = key.identityHash() != null;
        String deviceLink = pairPrefix(key.serviceProvider(), key.mvpd()) + "device:" + key.deviceHash();
        String identityLink = promotional
                ? pairPrefix(key.serviceProvider(), key.mvpd()) + "identity:" + key.identityKeyHash()
                : deviceLink;
        return MATCH.run(redis, List.of(deviceLink, identityLink, index(key.serviceProvider(), key.mvpd())),
                List.of(mode, Secrets.newUuid(), Long.toString(nowMillis), key.serviceProvider(), key.mvpd(),
                        promotional ? "1" : "0",
                        rule == null ? "0" : Long.toString(rule.ttlSeconds() * 1000),
                        rule == null ? "0" : Integer.toString(rule.resourceLimit()), Long.toString(retentionMillis),
                        TRIAL_PREFIX));
    }

    @Override
    public Uni<Optional<ResourceCount>> countResource(String trialId, String resource, long nowMillis) {
        String trial = TRIAL_PREFIX + trialId;
        return COUNT.run(redis, List.of(trial, trial + ":resources", trial + ":links"),
                List.of(resource, Long.toString(nowMillis), Long.toString(retentionMillis)))
                .map(r -> r == null ? Optional.empty()
                        : Optional.of(new ResourceCount(Verdict.valueOf(r.get(0).toString()), trial(r, trialId))));
    }

    @Override
    public Uni<Optional<TempPassTrial>> findById(String trialId) {
        String trial = TRIAL_PREFIX + trialId;
        return READ.run(redis, List.of(trial, trial + ":resources"), List.of())
                .map(r -> r == null ? Optional.empty() : Optional.of(trial(r, trialId)));
    }

    @Override
    public Uni<Long> resetDevice(String serviceProvider, String mvpd, String deviceId) {
        return resetLinked(serviceProvider, mvpd,
                pairPrefix(serviceProvider, mvpd) + "device:" + Secrets.sha256Hex(deviceId));
    }

    @Override
    public Uni<Long> resetIdentity(String serviceProvider, String mvpd, String identityHash) {
        return resetLinked(serviceProvider, mvpd,
                pairPrefix(serviceProvider, mvpd) + "identity:" + Secrets.sha256Hex(identityHash));
    }

    private Uni<Long> resetLinked(String serviceProvider, String mvpd, String link) {
        return RESET_LINKED.run(redis, List.of(link, index(serviceProvider, mvpd)), List.of(TRIAL_PREFIX))
                .map(Response::toLong);
    }

    /** Walks the pair's index with {@code SSCAN … COUNT} and deletes each batch in one script. */
    @Override
    public Uni<Long> resetAll(String serviceProvider, String mvpd) {
        return resetFrom(index(serviceProvider, mvpd), "0", 0);
    }

    private Uni<Long> resetFrom(String index, String cursor, long deletedSoFar) {
        return redis.execute("SSCAN", index, cursor, "COUNT", Integer.toString(resetBatchSize)).chain(page -> {
            String next = page.get(0).toString();
            List<String> ids = new ArrayList<>();
            page.get(1).forEach(id -> ids.add(id.toString()));
            Uni<Long> deleted = ids.isEmpty() ? Uni.createFrom().item(0L)
                    : RESET_TRIALS.run(redis, List.of(index), arguments(ids)).map(Response::toLong);
            return deleted.chain(n -> "0".equals(next) ? Uni.createFrom().item(deletedSoFar + n)
                    : resetFrom(index, next, deletedSoFar + n));
        });
    }

    private static List<String> arguments(List<String> ids) {
        List<String> args = new ArrayList<>(ids.size() + 1);
        args.add(TRIAL_PREFIX);
        args.addAll(ids);
        return args;
    }

    static String pairPrefix(String serviceProvider, String mvpd) {
        return PREFIX + serviceProvider + ":" + mvpd + ":";
    }

    static String index(String serviceProvider, String mvpd) {
        return pairPrefix(serviceProvider, mvpd) + "trials";
    }

    /** Reads {_, id, sp, mvpd, promotional, ttl, limit, started, expires, resources…}. */
    private static TempPassTrial trial(Response r, Object trialId) {
        List<String> resources = new ArrayList<>();
        for (int i = 9; i < r.size(); i++) {
            resources.add(r.get(i).toString());
        }
        return new TempPassTrial(trialId.toString(), r.get(2).toString(), r.get(3).toString(),
                "1".equals(r.get(4).toString()), Long.parseLong(r.get(5).toString()),
                Integer.parseInt(r.get(6).toString()), Long.parseLong(r.get(7).toString()),
                Long.parseLong(r.get(8).toString()), resources);
    }
}
