package dev.tvegate.registration.application.service;

import java.time.Duration;

import dev.tvegate.kernel.throttle.TokenBucketPolicy;
import dev.tvegate.registration.application.port.in.ThrottleRequestUseCase;
import dev.tvegate.registration.application.port.out.AccessTokenVerifierPort;
import dev.tvegate.registration.application.port.out.RateLimiterPort;
import dev.tvegate.registration.domain.model.Scopes;
import io.smallrye.mutiny.Uni;

/**
 * The per-client throttle of spec §7: one token bucket per client IP ({@link TokenBucketPolicy}), shared through the
 * {@link RateLimiterPort}. Calls between TVE Gate services (a valid bearer token with scope {@code internal}) are
 * exempt. When the bucket store fails or does not answer within {@code storeTimeout}, the request is admitted
 * ({@code failedOpen}): throttling protects availability and must not be the thing that takes it away.
 */
public final class ThrottleService implements ThrottleRequestUseCase {

    private static final String BEARER = "bearer ";

    private final boolean enabled;
    private final TokenBucketPolicy policy;
    private final RateLimiterPort limiter;
    private final AccessTokenVerifierPort verifier;
    private final Duration storeTimeout;

    public ThrottleService(boolean enabled, TokenBucketPolicy policy, RateLimiterPort limiter,
            AccessTokenVerifierPort verifier, Duration storeTimeout) {
        this.enabled = enabled;
        this.policy = policy;
        this.limiter = limiter;
        this.verifier = verifier;
        this.storeTimeout = storeTimeout;
    }

    @Override
    public Uni<Verdict> admit(String clientIp, String authorizationHeader) {
        if (!enabled || isInternalCall(authorizationHeader)) {
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

    /** A local signature check (tens of µs): no store round trip for the suite's own calls. */
    private boolean isInternalCall(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.length() <= BEARER.length()
                || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return verifier.verify(authorizationHeader.substring(BEARER.length()).strip())
                .map(caller -> caller.hasScope(Scopes.INTERNAL))
                .orElse(false);
    }
}
