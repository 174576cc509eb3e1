package dev.tvegate.registration.application.port.in;

import java.util.List;

/**
 * The credentials of a newly registered client (spec §1.2). The secret is returned once, here, and stored only as a
 * hash.
 *
 * @param issuedAtEpochSeconds {@code client_id_issued_at}, epoch <em>seconds</em>
 */
public record RegisterClientResult(String clientId, String clientSecret, long issuedAtEpochSeconds,
        List<String> redirectUris, List<String> grantTypes, List<String> scopes) {
    public RegisterClientResult {
        redirectUris = List.copyOf(redirectUris);
        grantTypes = List.copyOf(grantTypes);
        scopes = List.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "RegisterClientResult[clientId=" + clientId + ", issuedAt=" + issuedAtEpochSeconds + "]";
    }
}
