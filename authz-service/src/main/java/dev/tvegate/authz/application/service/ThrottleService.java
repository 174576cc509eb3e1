package dev.tvegate.authz.application.service;

import java.time.Duration;

import dev.tvegate.authz.application.port.in.ThrottleRequestUseCase;
import dev.tvegate.authz.application.port.out.RateLimiterPort;
import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import io.smallrye.mutiny.Uni;

/**
 * The per-client throttle of spec §7: one token bucket per client IP ({@link TokenBucketPolicy}, 1 request/s plus a
 * one-time burst of 10 by default), shared through the {@link RateLimiterPort}. When the bucket store fails or does
 * not answer within {@code storeTimeout}, the request is admitted ({@code failedOpen}): throttling protects
 * availability and must not be the thing that takes it away.
 */
public final class ThrottleService implements ThrottleRequestUseCase {

    private final boolean enabled;
    private final TokenBucketPolicy policy;
    private final RateLimiterPort limiter;
    private final Duration storeTimeout;

    public ThrottleService(boolean enabled, TokenBucketPolicy policy, RateLimiterPort limiter, Duration storeTimeout) {
        this.enabled = enabled;
        this.policy = policy;
        this.limiter = limiter;
        this.storeTimeout = storeTimeout;
    }

    @Override
    public Uni<Verdict> admit(String clientIp) {
        if (!enabled) {
            return Uni.createFrom().item(Verdict.ADMIT);
        }
        Uni<RateLimiterPort.Decision> decision;
        try {
            decision = limiter.tryConsume(clientIp == null || clientIp.isBlank() ? "unknown" : clientIp, policy);
        } catch (RuntimeException e) {
            return Uni.createFrom().item(Verdict.FAILED_OPEN);
        }
        return decision
                .ifNoItem().after(storeTimeout).fail()
                .map(d -> d.allowed() ? Verdict.ADMIT : new Verdict(false, d.retryAfterMillis(), false))
                .onFailure().recoverWithItem(Verdict.FAILED_OPEN);
    }
}
