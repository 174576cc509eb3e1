package dev.tvegate.drm.application.port.in;

import java.util.Objects;
import java.util.Optional;

import dev.tvegate.drm.domain.error.AdminRequestException;
import dev.tvegate.drm.domain.model.KeyIds;

/**
 * Stores (or replaces) a content key.
 *
 * @param kid normalised: 32 lower-case hex digits or {@code ^name}
 * @param key the 16-byte content key
 * @param resourceId the resource the key may be released for, if restricted
 */
public record ContentKeyCommand(long customerId, String kid, byte[] key, Optional<String> resourceId) {

    public static final int MAX_RESOURCE_ID = 4096;

    public ContentKeyCommand {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(resourceId, "resourceId");
    }

    /** @throws AdminRequestException {@code INVALID} naming the bad field */
    public static ContentKeyCommand of(long customerId, String kid, String keyHex, String resourceId) {
        return new ContentKeyCommand(customerId, kid(kid), AdminInput.hex("key", keyHex, 16),
                Optional.ofNullable(AdminInput.text("resourceId", resourceId, MAX_RESOURCE_ID, false)));
    }

    /** @return the normalised kid; 400 unless 32 hex digits or {@code ^} + 1–64 printable characters */
    public static String kid(String kid) {
        return KeyIds.normaliseKid(kid).orElseThrow(() -> AdminRequestException.invalid("kid",
                "kid must be 32 hex digits or ^ followed by 1 to " + KeyIds.MAX_NAMED_KID + " printable characters"));
    }

    @Override
    public String toString() {
        return "ContentKeyCommand[customer=" + customerId + ", kid=" + kid + "]"; // never the key
    }
}
