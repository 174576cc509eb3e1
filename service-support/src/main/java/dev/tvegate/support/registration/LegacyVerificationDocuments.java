package dev.tvegate.support.registration;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** JSON of registration's {@code POST /internal/v1/legacy-requests/verify}. */
public final class LegacyVerificationDocuments {

    private LegacyVerificationDocuments() {
    }

    public record Request(String authorization, String method, String path) {
    }

    /** 200 body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verified(String requestor, String applicationId, String clientId, List<String> serviceProviders,
            List<String> scopes) {

        /** @return {@link #serviceProviders}, empty when absent */
        public List<String> serviceProvidersOrEmpty() {
            return serviceProviders == null ? List.of() : serviceProviders;
        }

        /** @return {@link #scopes}, empty when absent */
        public List<String> scopesOrEmpty() {
            return scopes == null ? List.of() : scopes;
        }
    }

    /** 401 body: a refusal ({@code malformed}, …) or {@code invalid_token} (the caller's service token refused). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Problem(String error, String message) {
    }
}
