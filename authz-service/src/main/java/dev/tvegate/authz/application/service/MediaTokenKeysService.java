package dev.tvegate.authz.application.service;

import dev.tvegate.authz.application.port.in.GetMediaTokenKeysUseCase;
import dev.tvegate.authz.application.port.out.MediaTokenIssuerPort;

/** Publishes the issuer's verification keys. */
public class MediaTokenKeysService implements GetMediaTokenKeysUseCase {

    private final MediaTokenIssuerPort issuer;

    public MediaTokenKeysService(MediaTokenIssuerPort issuer) {
        this.issuer = issuer;
    }

    @Override
    public String jwksJson() {
        return issuer.jwksJson();
    }
}
