package dev.tvegate.authz.domain.model;

/**
 * An MVPD answer kept in the decision cache (only real answers are cached: never errors or degradation).
 *
 * @param permit Permit or Deny
 * @param message the MVPD's text
 * @param parentalControl deny by parental control
 * @param notBefore when it was decided, epoch ms
 * @param notAfter until when it holds, epoch ms
 */
public record CachedDecision(boolean permit, String message, boolean parentalControl, long notBefore,
        long notAfter) {
}
