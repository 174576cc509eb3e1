package dev.tvegate.drm.support;

import java.util.List;

import io.smallrye.jwt.build.Jwt;

/**
 * Access tokens as registration-service issues them (RS256, {@code typ: at+jwt}), signed with the key whose public
 * half {@link Remotes} serves.
 */
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
        return bearer(sign("tvegate-internal", "internal", 3600));
    }

    /** @return {@code Bearer <token>} of an admin token that expired two minutes ago */
    public static String expiredAdminBearer() {
        return bearer(sign(ADMIN_CLIENT_ID, "admin", -120));
    }

    public static String sign(String clientId, String scope, long expiresInSeconds) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.claims()
                .issuer(Remotes.ISSUER)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("sp", List.of("*"))
                .claim("scope", scope)
                .issuedAt(now - 300)
                .claim("nbf", now - 300)
                .expiresAt(now + expiresInSeconds)
                .jws().keyId(Remotes.KID).header("typ", "at+jwt").sign(Remotes.privateKey());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
