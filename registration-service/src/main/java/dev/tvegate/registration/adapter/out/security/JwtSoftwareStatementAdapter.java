package dev.tvegate.registration.adapter.out.security;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;

import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.registration.application.port.out.SoftwareStatementPort;
import dev.tvegate.registration.config.SecurityConfig;
import dev.tvegate.registration.domain.model.RegisteredApplication;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * Software statements (RFC 7591 §2.3): RS256 JWS, {@code typ: software-statement+jwt}, signed with the ring's current
 * key; claims {@code iss}, {@code sub} = {@code software_id} = application id, {@code client_name},
 * {@code software_version}, {@code iat}, {@code jti}. No {@code exp}: a statement is valid until its application is
 * revoked (spec §1.4) — or until the key that signed it leaves the ring, after which the application needs a new
 * statement.
 */
@ApplicationScoped
public class JwtSoftwareStatementAdapter implements SoftwareStatementPort {

    static final String TYPE = "software-statement+jwt";
    private static final Logger LOG = Logger.getLogger(JwtSoftwareStatementAdapter.class);

    private final RsaKeyRing ring;
    private final String issuer;
    private final Clock clock;
    private final JwtConsumer consumer;

    @Inject
    public JwtSoftwareStatementAdapter(RsaKeyRing ring, SecurityConfig config) {
        this(ring, config.issuer(), Clock.systemUTC());
    }

    JwtSoftwareStatementAdapter(RsaKeyRing ring, String issuer, Clock clock) {
        this.ring = ring;
        this.issuer = issuer;
        this.clock = clock;
        this.consumer = RingJwtConsumers.build(ring, issuer, TYPE, false);
    }

    @Override
    public String issue(RegisteredApplication application) {
        RsaKeyRing.SigningKey key = ring.current();
        return Jwt.claims()
                .issuer(issuer)
                .subject(application.id())
                .claim("software_id", application.id())
                .claim("client_name", application.name())
                .claim("software_version", application.version())
                .issuedAt(clock.instant().getEpochSecond())
                .claim("jti", Secrets.newUuid())
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .keyId(key.kid())
                .header("typ", TYPE)
                .sign(key.privateKey());
    }

    @Override
    public Optional<String> verify(String softwareStatement) {
        if (softwareStatement == null || softwareStatement.isBlank() || softwareStatement.length() > 16384) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.processToClaims(softwareStatement);
            String softwareId = claims.getStringClaimValue("software_id");
            if (softwareId == null || softwareId.isBlank() || !softwareId.equals(claims.getSubject())) {
                return Optional.empty();
            }
            return Optional.of(softwareId);
        } catch (InvalidJwtException | MalformedClaimException | RuntimeException e) {
            LOG.debugf("software statement refused: %s", RingJwtConsumers.reason(e));
            return Optional.empty();
        }
    }
}
