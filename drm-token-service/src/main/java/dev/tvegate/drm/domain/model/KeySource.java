package dev.tvegate.drm.domain.model;

/**
 * Where the content encryption key of a token comes from (spec §3.1's key-source rule): given in the request, looked
 * up in TVE Gate's key storage by {@code kid}, or unwrapped (RFC 3394 AES key wrap) from {@code ek} with {@code kek}.
 */
public sealed interface KeySource {

    /** {@code contentKey}: the 16-byte CEK itself. */
    record Inline(byte[] contentKey) implements KeySource {
    }

    /** {@code kid} without {@code contentKey}/{@code ek}: the key is fetched from key storage (-4019 if absent). */
    record Stored(String kid) implements KeySource {
    }

    /** {@code kek} + {@code ek}: the 24-byte wrapped key, unwrapped with the 16-byte key-encryption key. */
    record Wrapped(byte[] kek, byte[] encryptedKey) implements KeySource {
    }
}
