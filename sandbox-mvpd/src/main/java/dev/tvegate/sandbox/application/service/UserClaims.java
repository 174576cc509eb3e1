package dev.tvegate.sandbox.application.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tvegate.sandbox.domain.model.User;
import dev.tvegate.sandbox.domain.model.UserDirectory;

/** The claims released about a user, in ID tokens and from userinfo. */
final class UserClaims {

    /** The claim listing the channel ids of the user's packages. */
    static final String ENTITLEMENTS = "entitlements";

    /** Claims the provider sets itself; a users-file attribute never overrides them. */
    static final Set<String> RESERVED = Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "auth_time", "nonce",
            "at_hash", "c_hash", "azp", "acr", "amr", "sid", ENTITLEMENTS);

    /** The claims every ID token carries, for discovery's {@code claims_supported}. */
    static final List<String> STANDARD = List.of("iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "at_hash",
            ENTITLEMENTS);

    private UserClaims() {
    }

    /** @return {@code sub}, then the user's attributes, then {@code entitlements} */
    static Map<String, Object> of(User user, UserDirectory directory) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.subject());
        user.attributes().forEach((name, value) -> {
            if (!RESERVED.contains(name) && value != null) {
                claims.put(name, value);
            }
        });
        claims.put(ENTITLEMENTS, directory.entitlementsOf(user));
        return claims;
    }
}
