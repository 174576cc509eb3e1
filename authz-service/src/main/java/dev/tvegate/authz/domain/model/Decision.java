package dev.tvegate.authz.domain.model;

import dev.tvegate.kernel.error.EnhancedError;

/**
 * One entry of {@code decisions[]} (spec §4.7).
 *
 * @param resource the resource as requested
 * @param serviceProvider the SP
 * @param mvpd the MVPD
 * @param source where the decision came from
 * @param authorized permit or deny
 * @param token media token (authorize permits only), may be null
 * @param notBefore decision validity start, epoch ms; null when not given
 * @param notAfter decision validity end, epoch ms; null when not given
 * @param error item-level error on deny, may be null
 */
public record Decision(String resource, String serviceProvider, String mvpd, DecisionSource source,
        boolean authorized, MediaToken token, Long notBefore, Long notAfter, EnhancedError error) {

    public Decision withToken(MediaToken newToken) {
        return new Decision(resource, serviceProvider, mvpd, source, authorized, newToken, notBefore, notAfter, error);
    }

    public Decision withoutTimes() {
        return new Decision(resource, serviceProvider, mvpd, source, authorized, token, null, null, error);
    }
}
