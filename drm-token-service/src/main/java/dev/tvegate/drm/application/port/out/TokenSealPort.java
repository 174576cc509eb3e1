package dev.tvegate.drm.application.port.out;

import java.util.Optional;

import dev.tvegate.drm.domain.model.TokenRights;
import dev.tvegate.drm.domain.model.TokenSealingKey;

/**
 * The {@code local} token format: rights sealed with AES-256-GCM under a customer's sealing key, the cleartext header
 * (version, DRM, environment, customer, key id, nonce) authenticated as associated data, URL-safe base64.
 */
public interface TokenSealPort {

    String seal(TokenRights rights, TokenSealingKey key);

    /** @return the customer and sealing-key id named in the token's header, if it parses as a local token */
    Optional<SealedHeader> header(String token);

    /** @return the rights, if the token opens under {@code key} (authentic and untampered) */
    Optional<TokenRights> open(String token, TokenSealingKey key);

    record SealedHeader(long customerId, int keyId) {
    }
}
