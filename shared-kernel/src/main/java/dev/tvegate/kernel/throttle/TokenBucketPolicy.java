package dev.tvegate.kernel.throttle;

/**
 * The limits of the per-client throttle of spec §7: a steady {@code refillPerSecond} plus a one-time initial
 * {@code burst} granted at the client's first request. See {@link TokenBucket} for the exact arithmetic.
 *
 * @param refillPerSecond tokens earned per second; positive and finite
 * @param burst extra tokens granted once, at the first request; zero or more
 */
public record TokenBucketPolicy(double refillPerSecond, int burst) {

    public TokenBucketPolicy {
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException("refillPerSecond must be positive and finite: " + refillPerSecond);
        }
        if (burst < 0) {
            throw new IllegalArgumentException("burst must not be negative: " + burst);
        }
    }

    /** @return Adobe Pass's default: 1 request a second plus an initial burst of 10 (spec §7) */
    public static TokenBucketPolicy adobeDefault() {
        return new TokenBucketPolicy(1.0, 10);
    }

    /** @return the steady-state capacity, {@code max(1, refillPerSecond)}: what an idle client may bank */
    public double capacity() {
        return Math.max(1.0, refillPerSecond);
    }

    /** @return the tokens of a client never seen before: {@code capacity() + burst} */
    public double initialTokens() {
        return capacity() + burst;
    }
}
