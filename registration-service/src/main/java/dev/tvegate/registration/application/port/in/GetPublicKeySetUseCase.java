package dev.tvegate.registration.application.port.in;

import java.util.List;

import dev.tvegate.registration.application.port.out.PublicKeySetPort.PublishedKey;

/** The keys that verify access tokens and software statements, for {@code /.well-known/jwks.json}. */
public interface GetPublicKeySetUseCase {
    List<PublishedKey> publishedKeys();
}
