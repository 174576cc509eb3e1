package dev.tvegate.authz.adapter.out.mvpd;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

import dev.tvegate.authz.application.port.out.EntitlementPort;
import dev.tvegate.authz.domain.model.EntitlementAnswer;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.Resource;
import io.smallrye.mutiny.Uni;

/**
 * {@link EntitlementPort} over {@link MvpdEntitlementClient}: failures become
 * {@link EntitlementAnswer.Unavailable} (timeout / breaker open / error), which the decision policy turns into an
 * item-level {@code network_…} error or, when the integration opts in, its degradation rule.
 */
@ApplicationScoped
public class RestEntitlementAdapter implements EntitlementPort {

    private static final Logger LOG = Logger.getLogger(RestEntitlementAdapter.class);

    private final MvpdEntitlementClient client;

    public RestEntitlementAdapter(MvpdEntitlementClient client) {
        this.client = client;
    }

    @Override
    public Uni<EntitlementAnswer> check(IntegrationConfig integration, String subject, Resource resource) {
        if (integration.entitlementUrl() == null || integration.mvpd().endpoints() == null) {
            return Uni.createFrom().item(new EntitlementAnswer.Unavailable(false, false,
                    "MVPD " + integration.mvpdId() + " has no entitlement endpoint configured."));
        }
        return client.check(integration, subject, resource)
                .map(a -> (EntitlementAnswer) a)
                .onFailure().recoverWithItem(e -> {
                    boolean breakerOpen = e instanceof CircuitBreakerOpenException;
                    boolean timeout = e instanceof TimeoutException;
                    if (!breakerOpen) {
                        LOG.warnf("MVPD %s entitlement check failed: %s", integration.mvpdId(), e.toString());
                    }
                    String details = breakerOpen ? "MVPD " + integration.mvpdId()
                            + " is failing; its entitlement checks are paused for a moment."
                            : timeout ? "MVPD " + integration.mvpdId() + " did not answer in time."
                                    : e instanceof BulkheadException ? "Too many checks in flight for MVPD "
                                            + integration.mvpdId() + "."
                                            : "MVPD " + integration.mvpdId() + " could not answer.";
                    return new EntitlementAnswer.Unavailable(timeout, breakerOpen, details);
                });
    }
}
