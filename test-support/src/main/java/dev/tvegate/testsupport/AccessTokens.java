package dev.tvegate.testsupport;

import java.util.List;

import io.smallrye.jwt.build.Jwt;

/** Access tokens as registration-service issues them (RS256, {@code typ: at+jwt}), signed with {@link TestKeys}. */
public final class AccessTokens {

    public static final String INTERNAL_CLIENT_ID = "tvegate-internal";

    private AccessTokens() {
    }

    /**
     * @param app the {@code app} claim, or {@code null} for none (service clients)
     * @param sp the service providers the token is good for ({@code *}: every one)
     * @param expiresInSeconds negative for a token that has expired
     */
    public static String sign(String clientId, String app, List<String> sp, String scope, long expiresInSeconds) {
        long now = System.currentTimeMillis() / 1000;
        var claims = Jwt.claims()
                .issuer(TestKeys.ISSUER)
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
        return claims.jws().keyId(TestKeys.KID).header("typ", "at+jwt").sign(TestKeys.privateKey());
    }

    /** @return a service token of {@value #INTERNAL_CLIENT_ID} with scope {@code internal} for every service provider */
    public static String internal() {
        return sign(INTERNAL_CLIENT_ID, null, List.of("*"), "internal", 3600);
    }

    /** @return the {@code Authorization} header value for {@code token} */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
