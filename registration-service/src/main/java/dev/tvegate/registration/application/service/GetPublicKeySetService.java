package dev.tvegate.registration.application.service;

import java.util.List;

import dev.tvegate.registration.application.port.in.GetPublicKeySetUseCase;
import dev.tvegate.registration.application.port.out.PublicKeySetPort;
import dev.tvegate.registration.application.port.out.PublicKeySetPort.PublishedKey;

/** Every key of the ring is published, the current one and the previous ones still verifying older tokens. */
public final class GetPublicKeySetService implements GetPublicKeySetUseCase {

    private final PublicKeySetPort keys;

    public GetPublicKeySetService(PublicKeySetPort keys) {
        this.keys = keys;
    }

    @Override
    public List<PublishedKey> publishedKeys() {
        return keys.publishedKeys();
    }
}
