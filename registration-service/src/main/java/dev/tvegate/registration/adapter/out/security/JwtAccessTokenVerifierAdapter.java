package dev.tvegate.registration.adapter.out.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;

import dev.tvegate.registration.application.port.out.AccessTokenVerifierPort;
import dev.tvegate.registration.config.SecurityConfig;
import dev.tvegate.registration.domain.model.Caller;

/**
 * Verifies access tokens: RS256 only, key chosen by {@code kid} among the ring's keys only ({@code jku}, {@code x5u},
 * {@code jwk} headers are never followed), {@code typ: at+jwt}, {@code iss}, {@code exp}/{@code nbf} with 30 s of
 * clock skew.
 * <p>
 * Uses jose4j, the JOSE library under SmallRye JWT, directly: one immutable, thread-safe consumer is built once and
 * reused (SmallRye's {@code JWTParser} builds a consumer per call and cannot check the {@code typ} header).
 */
@ApplicationScoped
public class JwtAccessTokenVerifierAdapter implements AccessTokenVerifierPort {

    private static final Logger LOG = Logger.getLogger(JwtAccessTokenVerifierAdapter.class);

    private final JwtConsumer consumer;

    @Inject
    public JwtAccessTokenVerifierAdapter(RsaKeyRing ring, SecurityConfig config) {
        this(ring, config.issuer());
    }

    JwtAccessTokenVerifierAdapter(RsaKeyRing ring, String issuer) {
        this.consumer = RingJwtConsumers.build(ring, issuer, JwtAccessTokenIssuerAdapter.TYPE, true);
    }

    @Override
    public Optional<Caller> verify(String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 8192) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.processToClaims(accessToken);
            String clientId = claims.getStringClaimValue("client_id");
            if (clientId == null || clientId.isBlank()) {
                return Optional.empty();
            }
            String applicationId = claims.getStringClaimValue("app");
            List<String> sp = claims.hasClaim("sp") ? claims.getStringListClaimValue("sp") : List.of();
            String scope = claims.getStringClaimValue("scope");
            Set<String> scopes = scope == null ? Set.of()
                    : Arrays.stream(scope.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
            return Optional.of(new Caller(clientId, applicationId, Set.copyOf(sp), scopes));
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            // Never log the token itself; the reason is enough to diagnose (expired, bad signature, unknown kid, …).
            LOG.debugf("access token refused: %s", RingJwtConsumers.reason(e));
            return Optional.empty();
        }
    }
}
