package dev.tvegate.authz.support;

import java.util.List;

import io.smallrye.jwt.build.Jwt;

/** Access tokens as registration-service issues them (RS256, {@code typ: at+jwt}), signed with the stub's key. */
public final class TestTokens {

    public static final String CLIENT_ID = "client-tv-app";
    public static final String OTHER_CLIENT_ID = "client-phone-app";

    private TestTokens() {
    }

    /** @return a v2 client token of {@link #CLIENT_ID} for {@link Remotes#SP} */
    public static String client() {
        return client(CLIENT_ID, Remotes.SP);
    }

    public static String client(String clientId, String... serviceProviders) {
        return sign(clientId, "app-" + clientId, List.of(serviceProviders), "api:client:v2", 3600);
    }

    /** @return a service token with scope {@code internal} for every service provider */
    public static String internal() {
        return sign("tvegate-internal", null, List.of("*"), "internal", 3600);
    }

    public static String expired() {
        return sign(CLIENT_ID, "app", List.of(Remotes.SP), "api:client:v2", -120);
    }

    public static String sign(String clientId, String app, List<String> sp, String scope, long expiresInSeconds) {
        long now = System.currentTimeMillis() / 1000;
        var claims = Jwt.claims()
                .issuer(Remotes.ISSUER)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("sp", sp)
                .claim("scope", scope)
                .issuedAt(now - 300)
                .claim("nbf", now - 300)
                .expiresAt(now + expiresInSeconds);
        if (app != null) {
            claims.claim("app", app);
        }
        return claims.jws().keyId(Remotes.KID).header("typ", "at+jwt").sign(Remotes.privateKey());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

}
