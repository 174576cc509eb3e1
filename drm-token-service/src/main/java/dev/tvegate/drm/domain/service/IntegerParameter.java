package dev.tvegate.drm.domain.service;

import java.util.Map;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * Integer parameters: ASCII digits only (no sign, no blanks; leading zeros allowed), within a closed range. Anything
 * else, including values too long to be a {@code long}, fails with the parameter's code.
 */
final class IntegerParameter {

    /** The longest duration any {@code …Duration} parameter may give: ten years of 365 days, in seconds. */
    private static final long MAX_DURATION_SECONDS = 10L * 365 * 24 * 60 * 60;

    private static final int MAX_DIGITS = 18; // every 18-digit number fits in a long

    private IntegerParameter() {
    }

    /** @throws TokenRequestException with {@code code} unless {@code value} is an integer in {@code min..max} */
    static long parse(String value, String name, long min, long max, TokenErrorCode code) {
        if (!isDigits(value) || value.length() > MAX_DIGITS) {
            throw outOfRange(name, min, max, code);
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            throw outOfRange(name, min, max, code);
        }
        return number;
    }

    /** Puts {@code name} into {@code policy} as a {@code Long} if it was sent, after {@link #parse}. */
    static void putIfSent(TokenParameters parameters, Map<String, Object> policy, String name, long min, long max,
            TokenErrorCode code) {
        parameters.first(name).ifPresent(value -> policy.put(name, parse(value, name, min, max, code)));
    }

    /** {@link #putIfSent} for a duration in seconds: 0 up to {@link #MAX_DURATION_SECONDS}. */
    static void putDurationIfSent(TokenParameters parameters, Map<String, Object> policy, String name,
            TokenErrorCode code) {
        putIfSent(parameters, policy, name, 0, MAX_DURATION_SECONDS, code);
    }

    /** @return whether {@code value} is non-empty and only ASCII digits */
    static boolean isDigits(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static TokenRequestException outOfRange(String name, long min, long max, TokenErrorCode code) {
        return new TokenRequestException(code, name + " must be an integer from " + min + " to " + max);
    }
}
