package dev.tvegate.sandbox.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The entitlement answer.
 *
 * @param decision {@code Permit} or {@code Deny}
 * @param message why not, on deny
 * @param parentalControl whether parental control is what denies
 * @param ttl seconds the caller may cache the answer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record EntitlementResponse(String decision, String message, boolean parentalControl, long ttl) {
}
