package dev.tvegate.registration.domain.model;

import java.time.Instant;
import java.util.List;

/**
 * Client credentials obtained with DCR (spec §1.2). Only the SHA-256 of the secret is kept: secrets are ≥ 256-bit
 * CSPRNG values, so a fast hash is as safe as a slow one and keeps the token endpoint fast.
 */
public record DcrClient(String clientId, String secretHash, String applicationId, List<String> redirectUris,
        Instant issuedAt) {
    public DcrClient {
        redirectUris = List.copyOf(redirectUris);
    }
}
