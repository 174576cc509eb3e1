package dev.tvegate.sandbox.application.port.in;

import java.util.List;
import java.util.Map;

/** What discovery and the JWKS publish about the provider. */
public interface DescribeProviderUseCase {

    ProviderDescription describe();

    /** @return the public signing keys as JWK objects */
    List<Map<String, Object>> publicKeys();

    /**
     * @param issuer the issuer identifier
     * @param mvpdName the MVPD's display name
     * @param scopes the supported scopes
     * @param claims the claims an ID token or userinfo response can carry
     */
    record ProviderDescription(String issuer, String mvpdName, List<String> scopes, List<String> claims) {
    }
}
