package dev.tvegate.registration.adapter.out.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.registration.application.port.out.AccessTokenIssuerPort;
import dev.tvegate.registration.config.SecurityConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs access tokens with the ring's current key (RS256, header {@code kid} + {@code typ: at+jwt}, RFC 9068 style).
 * Claims: {@code iss}, {@code sub} = {@code client_id}, {@code client_id}, {@code app} (DCR clients only),
 * {@code sp} (JSON array), {@code scope} (space-separated), {@code iat}, {@code nbf}, {@code exp}, {@code jti}.
 */
@ApplicationScoped
public class JwtAccessTokenIssuerAdapter implements AccessTokenIssuerPort {

    static final String TYPE = "at+jwt";

    private final RsaKeyRing ring;
    private final String issuer;
    private final long ttlSeconds;
    private final Clock clock;

    @Inject
    public JwtAccessTokenIssuerAdapter(RsaKeyRing ring, SecurityConfig config) {
        this(ring, config.issuer(), config.accessTokenTtl().toSeconds(), Clock.systemUTC());
    }

    JwtAccessTokenIssuerAdapter(RsaKeyRing ring, String issuer, long ttlSeconds, Clock clock) {
        if (ttlSeconds <= 0) {
            throw new IllegalStateException("tvegate.registration.access-token-ttl must be positive");
        }
        this.ring = ring;
        this.issuer = issuer;
        this.ttlSeconds = ttlSeconds;
        this.clock = clock;
    }

    @Override
    public IssuedAccessToken issue(String clientId, String applicationId, Set<String> serviceProviders,
            Set<String> scopes) {
        Instant now = clock.instant();
        long iat = now.getEpochSecond();
        String jti = Secrets.newUuid();
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .subject(clientId)
                .claim("client_id", clientId)
                .claim("sp", List.copyOf(new TreeSet<>(serviceProviders)))
                .claim("scope", String.join(" ", new TreeSet<>(scopes)))
                .issuedAt(iat)
                .claim("nbf", iat)
                .expiresAt(iat + ttlSeconds)
                .claim("jti", jti);
        if (applicationId != null) {
            claims.claim("app", applicationId);
        }
        RsaKeyRing.SigningKey key = ring.current();
        String token = claims.jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(key.kid())
                .header("typ", TYPE)
                .sign(key.privateKey());
        return new IssuedAccessToken(jti, token, now.toEpochMilli(), ttlSeconds);
    }
}
