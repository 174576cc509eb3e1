package dev.tvegate.sandbox.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The provider's signing key: signs ID tokens, checks tokens it issued, publishes its public half. */
public interface TokenSignerPort {

    /** @return a compact JWS (RS256, with {@code kid}) of {@code claims} */
    String sign(Map<String, Object> claims);

    /**
     * Checks a token this provider issued (signature and issuer; expiry is ignored, as for an
     * {@code id_token_hint}).
     *
     * @return its claims, or empty when it is not a token of this provider
     */
    Optional<Map<String, Object>> readOwnToken(String compactJws);

    /** @return the public keys as JWK objects (RFC 7517) */
    List<Map<String, Object>> publicJwks();
}
