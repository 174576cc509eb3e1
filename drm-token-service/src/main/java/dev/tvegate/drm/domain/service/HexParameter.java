package dev.tvegate.drm.domain.service;

import java.util.HexFormat;
import java.util.Locale;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;

/** Hex-string parameters of a fixed length ({@code contentKey}, {@code kek}, {@code ek}, {@code iv}, flags). */
final class HexParameter {

    private HexParameter() {
    }

    /** @return whether {@code value} is non-empty and only hex digits (either case) */
    static boolean isHex(String value) {
        return !value.isEmpty() && value.chars().allMatch(HexParameter::isHexDigit);
    }

    /** ASCII only: {@code Character.digit} would also take e.g. Arabic-Indic or full-width digits. */
    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * @return {@code value} in lower case
     * @throws TokenRequestException with {@code code} and {@code details} unless it is exactly {@code digits} hex
     *         digits; the value itself is never echoed (it may be key material)
     */
    static String lowerHex(String value, int digits, TokenErrorCode code, String details) {
        if (value.length() != digits || !isHex(value)) {
            throw new TokenRequestException(code, details);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** @return the bytes of {@code value}, validated as {@link #lowerHex} does */
    static byte[] bytes(String value, int digits, TokenErrorCode code, String details) {
        return HexFormat.of().parseHex(lowerHex(value, digits, code, details));
    }
}
