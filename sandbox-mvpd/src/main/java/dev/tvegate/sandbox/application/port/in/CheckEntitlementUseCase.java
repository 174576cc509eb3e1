package dev.tvegate.sandbox.application.port.in;

import java.time.Duration;

import dev.tvegate.sandbox.domain.model.ContentResource;
import dev.tvegate.sandbox.domain.model.EntitlementDecision;

/** The MVPD's entitlement check (spec §8.4): may this subscriber watch this resource? */
public interface CheckEntitlementUseCase {

    EntitlementResult check(EntitlementQuery query);

    /**
     * @param subject the subscriber's {@code sub}
     * @param resource what they want to watch
     */
    record EntitlementQuery(String subject, ContentResource resource) {

        /** @throws IllegalArgumentException when the subject or the channel is missing */
        public EntitlementQuery {
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("subject is required");
            }
            if (resource == null || resource.channel() == null || resource.channel().isBlank()) {
                throw new IllegalArgumentException("resource.channel is required");
            }
        }
    }

    /**
     * @param decision permit or deny, with the reason
     * @param ttl how long the caller may cache the decision
     */
    record EntitlementResult(EntitlementDecision decision, Duration ttl) {
    }
}
