package dev.tvegate.authz.application.port.out;

import dev.tvegate.authz.domain.model.MediaToken;

/** Signs media tokens (CPU only; no I/O). */
public interface MediaTokenIssuerPort {
    /**
     * @param serviceProvider requestor
     * @param resource the resource exactly as requested
     * @param mvpd the MVPD
     * @param proxyMvpd its proxy, may be null
     * @param sessionGuid the user session GUID
     * @return a token valid from now for the configured lifetime
     */
    /** @return the JWKS document ({@code {"keys":[…]}}) of every key that verifies current tokens */
    String jwksJson();

    MediaToken issue(String serviceProvider, String resource, String mvpd, String proxyMvpd, String sessionGuid);
}
