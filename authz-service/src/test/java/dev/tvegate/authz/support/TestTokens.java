package dev.tvegate.authz.support;

import java.util.List;

import dev.tvegate.testsupport.AccessTokens;

/** Access tokens as registration-service issues them, for {@link Remotes#SP} unless told otherwise ({@link AccessTokens}). */
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
        return AccessTokens.internal();
    }

    public static String expired() {
        return sign(CLIENT_ID, "app", List.of(Remotes.SP), "api:client:v2", -120);
    }

    public static String sign(String clientId, String app, List<String> sp, String scope, long expiresInSeconds) {
        return AccessTokens.sign(clientId, app, sp, scope, expiresInSeconds);
    }

    public static String bearer(String token) {
        return AccessTokens.bearer(token);
    }
}
