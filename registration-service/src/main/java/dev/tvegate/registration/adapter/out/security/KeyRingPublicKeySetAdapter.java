package dev.tvegate.registration.adapter.out.security;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tvegate.registration.application.port.out.PublicKeySetPort;

/** Publishes the public halves of the ring's keys (computed once: the ring is immutable). */
@ApplicationScoped
public class KeyRingPublicKeySetAdapter implements PublicKeySetPort {

    private final List<PublishedKey> keys;

    @Inject
    public KeyRingPublicKeySetAdapter(RsaKeyRing ring) {
        this.keys = ring.all().stream()
                .map(k -> new PublishedKey(k.kid(), "RS256", base64Url(k.publicKey().getModulus()),
                        base64Url(k.publicKey().getPublicExponent())))
                .toList();
    }

    @Override
    public List<PublishedKey> publishedKeys() {
        return keys;
    }

    /** RFC 7518 §6.3.1: Base64url of the unsigned big-endian value, no leading zero octet. */
    static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
