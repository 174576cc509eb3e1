package dev.tvegate.drm.support;

import java.util.List;

import dev.tvegate.testsupport.AccessTokens;

/** Access tokens as registration-service issues them ({@link AccessTokens}), for every service provider. */
public final class TestTokens {

    public static final String ADMIN_CLIENT_ID = "tvegate-admin";

    private TestTokens() {
    }

    /** @return {@code Bearer <token>} of an admin client (scope {@code admin}) */
    public static String adminBearer() {
        return bearer(sign(ADMIN_CLIENT_ID, "admin", 3600));
    }

    /** @return {@code Bearer <token>} of a service client (scope {@code internal}): not an admin */
    public static String internalBearer() {
        return bearer(AccessTokens.internal());
    }

    /** @return {@code Bearer <token>} of an admin token that expired two minutes ago */
    public static String expiredAdminBearer() {
        return bearer(sign(ADMIN_CLIENT_ID, "admin", -120));
    }

    public static String sign(String clientId, String scope, long expiresInSeconds) {
        return AccessTokens.sign(clientId, null, List.of("*"), scope, expiresInSeconds);
    }

    public static String bearer(String token) {
        return AccessTokens.bearer(token);
    }
}
