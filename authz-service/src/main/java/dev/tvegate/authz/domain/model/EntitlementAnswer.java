package dev.tvegate.authz.domain.model;

/** What the MVPD (or the profile claim) said about one resource. */
public sealed interface EntitlementAnswer {

    /**
     * A decision that may be cached.
     *
     * @param permit Permit or Deny
     * @param message the MVPD's text (deny reason), may be null
     * @param parentalControl the deny is a parental-control restriction
     * @param ttlSeconds the MVPD's own decision lifetime; 0 = none given (the AuthZ TTL applies)
     */
    record Answered(boolean permit, String message, boolean parentalControl, long ttlSeconds)
            implements
                EntitlementAnswer {
        public static Answered permitted() {
            return new Answered(true, null, false, 0);
        }

        public static Answered denied(String message) {
            return new Answered(false, message, false, 0);
        }
    }

    /**
     * No answer: the MVPD timed out, failed, or its circuit breaker is open.
     *
     * @param timeout it timed out (else it failed)
     * @param breakerOpen the breaker is open: the call was not even attempted
     * @param details what happened, for the item-level error
     */
    record Unavailable(boolean timeout, boolean breakerOpen, String details) implements EntitlementAnswer {
    }
}
