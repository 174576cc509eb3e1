package dev.tvegate.authz.application.port.in;

import io.smallrye.mutiny.Uni;

/** Spec §7: whether a request to a throttled path may proceed. Never fails: an outage of the bucket store admits. */
public interface ThrottleRequestUseCase {

    /** @param clientIp the client's address (first {@code X-Forwarded-For} entry, else the peer address) */
    Uni<Verdict> admit(String clientIp);

    /**
     * @param retryAfterMillis when refused, the time until the client may try again
     * @param failedOpen admitted only because the bucket store did not answer (the edge logs it)
     */
    record Verdict(boolean allowed, long retryAfterMillis, boolean failedOpen) {
        public static final Verdict ADMIT = new Verdict(true, 0, false);
        public static final Verdict FAILED_OPEN = new Verdict(true, 0, true);
    }
}
