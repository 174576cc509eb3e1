package dev.tvegate.authz.adapter.out.signing;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tvegate.authz.application.port.out.MediaTokenIssuerPort;
import dev.tvegate.authz.config.AuthzConfig;
import dev.tvegate.authz.domain.model.MediaToken;
import dev.tvegate.kernel.mediatoken.MediaTokenClaims;

/**
 * Signs media tokens with the key ring's current key; lifetime {@code tvegate.authz.media-token.ttl} (7 min).
 * {@code iat = nbf = now} (whole seconds); the response's {@code notBefore}/{@code notAfter} are the same instants in
 * milliseconds.
 */
@ApplicationScoped
public class MediaTokenIssuerAdapter implements MediaTokenIssuerPort {

    private final MediaTokenKeyRing keys;
    private final Clock clock;
    private final long ttlSeconds;
    private final String issuer;

    public MediaTokenIssuerAdapter(MediaTokenKeyRing keys, Clock clock, AuthzConfig config) {
        this.keys = keys;
        this.clock = clock;
        this.ttlSeconds = Math.max(1, config.mediaToken().ttl().toSeconds());
        this.issuer = config.publicUrl();
    }

    @Override
    public String jwksJson() {
        return keys.jwksJson();
    }

    @Override
    public MediaToken issue(String serviceProvider, String resource, String mvpd, String proxyMvpd,
            String sessionGuid) {
        long now = clock.millis() / 1000;
        MediaTokenClaims claims = new MediaTokenClaims(issuer, serviceProvider, resource, mvpd, proxyMvpd, sessionGuid,
                UUID.randomUUID().toString(), now, now, now + ttlSeconds);
        return new MediaToken(now * 1000, (now + ttlSeconds) * 1000, keys.signer().sign(claims));
    }
}
