package dev.tvegate.authn.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.tvegate.authn.application.port.out.TempPassStorePort;
import dev.tvegate.authn.domain.model.TempPassConfig;
import dev.tvegate.authn.domain.model.TempPassKey;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.authn.domain.service.TrialMatching;
import dev.tvegate.authn.domain.service.TrialMatching.Match;
import io.smallrye.mutiny.Uni;

/** TempPass trials in memory, matched by {@link TrialMatching} (what the Redis script does atomically). */
final class InMemoryTempPassStore implements TempPassStorePort {

    private static final class Stored {
        final String id;
        final String sp;
        final String mvpd;
        final boolean promotional;
        final long ttl;
        final int limit;
        long started;
        long expires;
        final Set<String> resources = new LinkedHashSet<>();
        final Set<String> links = new LinkedHashSet<>();

        Stored(String id, String sp, String mvpd, boolean promotional, long ttl, int limit) {
            this.id = id;
            this.sp = sp;
            this.mvpd = mvpd;
            this.promotional = promotional;
            this.ttl = ttl;
            this.limit = limit;
        }

        TempPassTrial toTrial() {
            return new TempPassTrial(id, sp, mvpd, promotional, ttl, limit, started, expires,
                    new ArrayList<>(resources));
        }
    }

    final Map<String, Stored> trials = new HashMap<>();
    final Map<String, String> links = new HashMap<>();
    /** The rule applied by the last {@link #startOrRead}. */
    TrialMatching.Rule lastRule;

    private static String deviceLink(TempPassKey k) {
        return k.serviceProvider() + ":" + k.mvpd() + ":device:" + k.deviceId();
    }

    private static String identityLink(String sp, String mvpd, String hash) {
        return sp + ":" + mvpd + ":identity:" + hash;
    }

    private Match match(TempPassKey key) {
        Optional<String> byDevice = Optional.ofNullable(links.get(deviceLink(key))).filter(trials::containsKey);
        Optional<String> byIdentity = key.identityHash() == null ? Optional.empty()
                : Optional.ofNullable(links.get(identityLink(key.serviceProvider(), key.mvpd(), key.identityHash())))
                        .filter(trials::containsKey);
        return TrialMatching.match(byDevice, byIdentity, key.identityHash() != null);
    }

    @Override
    public Uni<Optional<TempPassTrial>> find(TempPassKey key) {
        Match m = match(key);
        return Uni.createFrom().item(Optional.ofNullable(m.trialId()).map(id -> trials.get(id).toTrial()));
    }

    @Override
    public Uni<TempPassTrial> startOrRead(TempPassKey key, TempPassConfig rule, long nowMillis) {
        Match m = match(key);
        lastRule = m.rule();
        Stored t;
        if (m.trialId() == null) {
            t = new Stored(UUID.randomUUID().toString(), key.serviceProvider(), key.mvpd(), key.identityHash() != null,
                    rule.ttlSeconds() * 1000, rule.resourceLimit());
            trials.put(t.id, t);
        } else {
            t = trials.get(m.trialId());
        }
        if (m.linkDevice()) {
            links.put(deviceLink(key), t.id);
            t.links.add(deviceLink(key));
        }
        if (m.linkIdentity()) {
            String link = identityLink(key.serviceProvider(), key.mvpd(), key.identityHash());
            links.put(link, t.id);
            t.links.add(link);
        }
        if (t.started == 0) {
            t.started = nowMillis;
            t.expires = nowMillis + t.ttl;
        }
        return Uni.createFrom().item(t.toTrial());
    }

    @Override
    public Uni<Optional<ResourceCount>> countResource(String trialId, String resource, long nowMillis) {
        Stored t = trials.get(trialId);
        if (t == null) {
            return Uni.createFrom().item(Optional.empty());
        }
        if (t.started == 0) {
            t.started = nowMillis;
            t.expires = nowMillis + t.ttl;
        }
        Verdict verdict;
        if (nowMillis >= t.expires) {
            verdict = Verdict.EXPIRED;
        } else if (!t.promotional || t.limit <= 0) {
            verdict = Verdict.UNLIMITED;
        } else if (t.resources.contains(resource)) {
            verdict = Verdict.ALREADY_COUNTED;
        } else if (t.resources.size() >= t.limit) {
            verdict = Verdict.LIMIT_REACHED;
        } else {
            t.resources.add(resource);
            verdict = Verdict.COUNTED;
        }
        return Uni.createFrom().item(Optional.of(new ResourceCount(verdict, t.toTrial())));
    }

    @Override
    public Uni<Optional<TempPassTrial>> findById(String trialId) {
        return Uni.createFrom().item(Optional.ofNullable(trials.get(trialId)).map(Stored::toTrial));
    }

    @Override
    public Uni<Long> resetDevice(String serviceProvider, String mvpd, String deviceId) {
        return Uni.createFrom().item(resetLink(serviceProvider + ":" + mvpd + ":device:" + deviceId));
    }

    @Override
    public Uni<Long> resetIdentity(String serviceProvider, String mvpd, String identityHash) {
        return Uni.createFrom().item(resetLink(identityLink(serviceProvider, mvpd, identityHash)));
    }

    private long resetLink(String link) {
        String id = links.remove(link);
        return id == null ? 0 : delete(id);
    }

    private long delete(String id) {
        Stored t = trials.remove(id);
        if (t == null) {
            return 0;
        }
        t.links.forEach(l -> links.remove(l, id));
        return 1;
    }

    @Override
    public Uni<Long> resetAll(String serviceProvider, String mvpd) {
        List<String> ids = trials.values().stream().filter(t -> t.sp.equals(serviceProvider) && t.mvpd.equals(mvpd))
                .map(t -> t.id).toList();
        return Uni.createFrom().item(ids.stream().mapToLong(this::delete).sum());
    }
}
