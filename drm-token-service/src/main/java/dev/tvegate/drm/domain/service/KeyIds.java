package dev.tvegate.drm.domain.service;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;

/**
 * The {@code kid} parameter (spec §3.1): 16 bytes as 32 hex digits, or {@code ^} followed by a key-store name of 1 to
 * 64 printable ASCII characters (space included, no control characters).
 */
final class KeyIds {

    private static final String KEY_STORE_PREFIX = "^";
    private static final int MAX_NAME_LENGTH = 64;

    private KeyIds() {
    }

    /**
     * @return the kid as TokenGrant and key storage use it: hex in lower case, a {@code ^name} exactly as sent
     * @throws TokenRequestException -4020 (neither form), -4021 (name longer than 64), -4022 (empty name or a
     *         character outside printable ASCII)
     */
    static String normalise(String kid) {
        if (!kid.startsWith(KEY_STORE_PREFIX)) {
            return HexParameter.lowerHex(kid, 32, TokenErrorCode.KID_NOT_HEX, "kid must be 32 hex digits or ^name");
        }
        String name = kid.substring(KEY_STORE_PREFIX.length());
        if (name.isEmpty()) {
            throw new TokenRequestException(TokenErrorCode.KID_INVALID, "kid name after ^ is empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new TokenRequestException(TokenErrorCode.KID_TOO_LONG);
        }
        if (!AsciiText.all(name, AsciiText.PRINTABLE)) {
            throw new TokenRequestException(TokenErrorCode.KID_INVALID, "kid name must be printable ASCII");
        }
        return kid;
    }
}
