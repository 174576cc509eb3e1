package dev.tvegate.authn.application.port.in;

import java.util.Objects;

import dev.tvegate.authn.application.port.out.TempPassStorePort.Verdict;
import dev.tvegate.authn.domain.model.TempPassTrial;
import dev.tvegate.kernel.error.EnhancedError;

/**
 * A trial as authz sees it.
 *
 * @param trial the trial
 * @param state its state at the time of the answer
 * @param userId the {@code userID} its temporary profile carries ({@code temppass_…})
 * @param resource the resource counted, null for a start-or-read
 * @param verdict what happened to {@code resource}, null for a start-or-read
 * @param refusal why the resource (or the trial) may not be used, null when it may
 */
public record TempPassTrialResult(TempPassTrial trial, TempPassTrial.State state, String userId, String resource,
        Verdict verdict, EnhancedError refusal) {

    public TempPassTrialResult {
        Objects.requireNonNull(trial, "trial");
        Objects.requireNonNull(state, "state");
    }

    /** @return the same result with another refusal */
    public TempPassTrialResult withRefusal(EnhancedError newRefusal) {
        return new TempPassTrialResult(trial, state, userId, resource, verdict, newRefusal);
    }
}
