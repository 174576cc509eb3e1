package dev.tvegate.authn.domain.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A TempPass trial (spec §8.3), as stored server-side. The trial exists from the first request that needed it (the
 * first authorization); its clock starts at the first authorization: {@code expiresAt = startedAt + ttl}. It stays
 * in its final state ({@link State#EXPIRED}, {@link State#RESOURCES_EXHAUSTED}) until an administrator resets it.
 *
 * @param trialId opaque id (a UUID)
 * @param serviceProvider the SP
 * @param mvpd the TempPass MVPD
 * @param promotional promotional (device + identity) rather than basic (device)
 * @param ttlMillis trial length, fixed when the trial was created
 * @param resourceLimit promotional: distinct resources the trial may play; 0 = unlimited
 * @param startedAt epoch ms of the first authorization; 0 while not started
 * @param expiresAt {@code startedAt + ttlMillis}; 0 while not started
 * @param usedResources promotional: the distinct resource ids counted so far, in no particular order
 */
public record TempPassTrial(String trialId, String serviceProvider, String mvpd, boolean promotional, long ttlMillis,
        int resourceLimit, long startedAt, long expiresAt, List<String> usedResources) {

    /** Where a trial stands at a given time. */
    public enum State {
        /** Playable (started or not). */
        ACTIVE,
        /** The TTL since the first authorization has passed. */
        EXPIRED,
        /** Promotional: as many distinct resources as the limit allows were counted; no new one will be. */
        RESOURCES_EXHAUSTED;

        /** @return the wire value ({@code active}, {@code expired}, {@code resources_exhausted}) */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TempPassTrial {
        Objects.requireNonNull(trialId, "trialId");
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(mvpd, "mvpd");
        usedResources = usedResources == null ? List.of() : List.copyOf(usedResources);
    }

    /** @return whether the first authorization happened (the clock runs) */
    public boolean started() {
        return startedAt > 0;
    }

    /** @return whether the trial counts resources against a limit */
    public boolean limited() {
        return promotional && resourceLimit > 0;
    }

    /** @return the state at {@code nowMillis}: expiry wins over the resource limit */
    public State stateAt(long nowMillis) {
        if (started() && nowMillis >= expiresAt) {
            return State.EXPIRED;
        }
        if (limited() && usedResources.size() >= resourceLimit) {
            return State.RESOURCES_EXHAUSTED;
        }
        return State.ACTIVE;
    }

    /** @return resources that may still be counted; -1 when unlimited */
    public int remainingResources() {
        return limited() ? Math.max(0, resourceLimit - usedResources.size()) : -1;
    }

    /** @return the validity start a profile shows at {@code nowMillis}: the start, or now while not started */
    public long notBeforeAt(long nowMillis) {
        return started() ? startedAt : nowMillis;
    }

    /**
     * @return the validity end a profile shows at {@code nowMillis}: the expiry, or {@code now + ttl} while not
     *         started (what the trial would give if it started now)
     */
    public long notAfterAt(long nowMillis) {
        return started() ? expiresAt : nowMillis + ttlMillis;
    }
}
