package dev.tvegate.authz.application.port.out;

import dev.tvegate.authz.domain.model.EntitlementAnswer;
import dev.tvegate.authz.domain.model.IntegrationConfig;
import dev.tvegate.authz.domain.model.Resource;
import io.smallrye.mutiny.Uni;

/** The MVPD's REST entitlement endpoint. */
public interface EntitlementPort {
    /** @return the MVPD's answer; never fails: a timeout, error or open breaker is {@code Unavailable} */
    Uni<EntitlementAnswer> check(IntegrationConfig integration, String subject, Resource resource);
}
