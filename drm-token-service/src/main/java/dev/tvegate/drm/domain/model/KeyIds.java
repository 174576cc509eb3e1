package dev.tvegate.drm.domain.model;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifiers of stored keys: content-key {@code kid}s (the token API's two forms) and token-sealing key ids (32-bit,
 * written as 8 hex digits).
 */
public final class KeyIds {

    /** Longest {@code ^name} after the caret (spec §3.1: -4021 beyond it). */
    public static final int MAX_NAMED_KID = 64;
    private static final Pattern HEX_KID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern NAMED_KID = Pattern.compile("\\^[\\x20-\\x7e]{1," + MAX_NAMED_KID + "}");
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-fA-F]{1,8}");

    private KeyIds() {
    }

    /**
     * @return the stored form of a {@code kid}: 32 hex digits lower-cased, {@code ^name} as is; empty if it is
     *         neither
     */
    public static Optional<String> normaliseKid(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        if (HEX_KID.matcher(kid).matches()) {
            return Optional.of(kid.toLowerCase(Locale.ROOT));
        }
        return NAMED_KID.matcher(kid).matches() ? Optional.of(kid) : Optional.empty();
    }

    /** @return {@code keyId} as 8 lower-case hex digits */
    public static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    /** @return the key id written as 1–8 hex digits; empty otherwise */
    public static Optional<Integer> parseHex(String hex) {
        if (hex == null || !KEY_ID.matcher(hex).matches()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseUnsignedInt(hex, 16));
    }
}
