package dev.tvegate.drm.application.port.in;

import java.util.Objects;

import dev.tvegate.drm.domain.model.AuthenticatorInfo;

/**
 * A freshly minted API key: the only time its plaintext exists outside the caller's hands.
 *
 * @param customerAuthenticator {@code "<customer id>,<32 lower-case hex>"}
 */
public record MintedAuthenticator(AuthenticatorInfo info, String customerAuthenticator) {

    public MintedAuthenticator {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(customerAuthenticator, "customerAuthenticator");
    }

    @Override
    public String toString() {
        return "MintedAuthenticator[" + info.id() + "]";
    }
}
