package dev.tvegate.sandbox.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.tvegate.sandbox.domain.model.OAuthError;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** An RFC 6749 §5.2 error body. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record OAuthErrorResponse(
        @JsonProperty("error") String error,
        @JsonProperty("error_description") String errorDescription) {

    public static OAuthErrorResponse of(OAuthError error) {
        return new OAuthErrorResponse(error.error(), error.description());
    }
}
