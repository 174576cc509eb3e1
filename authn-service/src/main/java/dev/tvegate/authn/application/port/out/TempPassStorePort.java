package dev.tvegate.authn.application.port.out;

import java.util.Optional;

import dev.tvegate.authn.domain.model.TempPassConfig;
import dev.tvegate.authn.domain.model.TempPassKey;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.authn.domain.service.TrialMatching;
import io.smallrye.mutiny.Uni;

/**
 * TempPass trials (spec §8.3), kept until an administrator resets them (never expired by the store sooner than its
 * retention period, far longer than any trial). The trial of a request follows {@link TrialMatching}; implementations
 * apply the rules and every write atomically, so that concurrent first requests share one trial.
 */
public interface TempPassStorePort {

    /** @return the trial {@code key} would use under the matching rules; nothing is created or linked */
    Uni<Optional<TempPassTrial>> find(TempPassKey key);

    /**
     * The first authorization's step: finds the key's trial (creating it with {@code rule}'s terms if there is none),
     * links the device / identity hash as the rules say, and starts its clock at {@code nowMillis} if it has not
     * started.
     */
    Uni<TempPassTrial> startOrRead(TempPassKey key, TempPassConfig rule, long nowMillis);

    /**
     * Counts {@code resource} against trial {@code trialId} (starting its clock if needed). A resource already counted
     * is permitted again; a new one only while the limit allows; nothing once the trial expired. Basic trials count
     * nothing (no limit).
     *
     * @return the verdict and the trial after it; empty when there is no such trial (e.g. it was reset)
     */
    Uni<Optional<ResourceCount>> countResource(String trialId, String resource, long nowMillis);

    /** @return the trial of {@code trialId} */
    Uni<Optional<TempPassTrial>> findById(String trialId);

    /** Deletes the trial the device belongs to (with every link to it). @return trials deleted (0 or 1) */
    Uni<Long> resetDevice(String serviceProvider, String mvpd, String deviceId);

    /** Deletes the trial the identity hash belongs to (with every link to it). @return trials deleted (0 or 1) */
    Uni<Long> resetIdentity(String serviceProvider, String mvpd, String identityHash);

    /** Deletes every trial of the SP and TempPass MVPD. @return trials deleted */
    Uni<Long> resetAll(String serviceProvider, String mvpd);

    /**
     * @param verdict what happened to the resource
     * @param trial the trial after counting
     */
    record ResourceCount(Verdict verdict, TempPassTrial trial) {
        /** @return whether the resource may be played */
        public boolean permitted() {
            return verdict == Verdict.COUNTED || verdict == Verdict.ALREADY_COUNTED || verdict == Verdict.UNLIMITED;
        }
    }

    enum Verdict {
        /** A new resource, counted now. */
        COUNTED,
        /** The resource was counted before: playing it again costs nothing. */
        ALREADY_COUNTED,
        /** Basic trial (or no limit): nothing to count. */
        UNLIMITED,
        /** The limit is reached; the resource is new: refused. */
        LIMIT_REACHED,
        /** The trial has expired: refused. */
        EXPIRED
    }
}
