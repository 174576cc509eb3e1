package dev.tvegate.authz.adapter.out.mvpd;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The MVPD entitlement protocol (what sandbox-mvpd serves). */
final class EntitlementDocument {

    private EntitlementDocument() {
    }

    /** Request: {@code {"subject": userID, "resource": {...}}}. */
    @RegisterForReflection
    record Request(String subject, ResourceRef resource) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResourceRef(String channel, String itemGuid, String itemTitle, String rating, String ratingScheme) {
    }

    /** Answer: {@code {"decision": "Permit"|"Deny", "message", "parentalControl", "ttl"}} (ttl in seconds). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String decision, String message, Boolean parentalControl, Long ttl) {
    }
}
