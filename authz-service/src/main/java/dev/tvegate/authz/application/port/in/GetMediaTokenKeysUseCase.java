package dev.tvegate.authz.application.port.in;

/** The public keys that verify media tokens, for {@code /.well-known/media-token-jwks.json}. */
public interface GetMediaTokenKeysUseCase {
    /** @return a JWKS document */
    String jwksJson();
}
