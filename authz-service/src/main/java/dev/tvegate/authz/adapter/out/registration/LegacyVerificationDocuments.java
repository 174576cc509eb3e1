package dev.tvegate.authz.adapter.out.registration;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.tvegate.authz.application.port.out.LegacyRequestVerificationPort;

/** JSON of registration's {@code POST /internal/v1/legacy-requests/verify}. */
final class LegacyVerificationDocuments {

    private LegacyVerificationDocuments() {
    }

    record Request(String authorization, String method, String path) {
    }

    /** 200 body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Verified(String requestor, String applicationId, String clientId, List<String> serviceProviders,
            List<String> scopes) {

        LegacyRequestVerificationPort.Verified toPort() {
            return new LegacyRequestVerificationPort.Verified(requestor, applicationId, clientId,
                    Set.copyOf(serviceProviders == null ? List.of() : serviceProviders),
                    Set.copyOf(scopes == null ? List.of() : scopes));
        }
    }

    /** 401 body: a refusal ({@code malformed}, …) or {@code invalid_token} (authz's service token refused). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String error, String message) {
    }
}
