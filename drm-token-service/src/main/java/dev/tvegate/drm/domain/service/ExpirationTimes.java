package dev.tvegate.drm.domain.service;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;

/**
 * Times in the forms of {@code expirationTime} (spec §2), also used by PlayReady's {@code rental.periodEndTime}:
 * <ul>
 * <li>RFC 3339 in UTC with an upper-case {@code T} and {@code Z}, optionally with 1–9 fractional digits:
 * {@code 2006-04-14T12:01:10Z}, {@code 2006-04-14T12:01:10.250Z};</li>
 * <li>{@code +<seconds>} after issuance, ASCII digits only, at least 1: {@code +60}. An unencoded {@code +} in a
 * query string or form body decodes to a space, so a leading space followed by digits ({@code " 60"}) is accepted as
 * the same thing.</li>
 * </ul>
 */
final class ExpirationTimes {

    /** The longest and the default token lifetime. */
    private static final Duration MAX_TOKEN_LIFETIME = Duration.ofDays(30);

    private static final Pattern RFC_3339_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");
    /** Relative times with more digits are far beyond any bound: they are read as this instead of overflowing. */
    private static final int MAX_RELATIVE_DIGITS = 12;
    private static final long BEYOND_ANY_BOUND_SECONDS = 1_000_000_000_000L;

    private ExpirationTimes() {
    }

    /**
     * @param value {@code expirationTime}, if sent
     * @return when the token expires: the time sent, or {@code now} + 30 days
     * @throws TokenRequestException -2002 when the format is wrong, the time is not after {@code now}, or it is more
     *         than 30 days after {@code now}
     */
    static Instant tokenExpiry(Optional<String> value, Instant now) {
        if (value.isEmpty()) {
            return now.plus(MAX_TOKEN_LIFETIME);
        }
        Instant expiry = parse(value.get(), now, "expirationTime", TokenErrorCode.EXPIRATION_TIME_INVALID);
        requireFuture(expiry, now, "expirationTime", TokenErrorCode.EXPIRATION_TIME_INVALID);
        if (expiry.isAfter(now.plus(MAX_TOKEN_LIFETIME))) {
            throw new TokenRequestException(TokenErrorCode.EXPIRATION_TIME_INVALID, "expirationTime beyond 30 days");
        }
        return expiry;
    }

    /** @throws TokenRequestException with {@code code} unless {@code time} is after {@code now} */
    static void requireFuture(Instant time, Instant now, String name, TokenErrorCode code) {
        if (!time.isAfter(now)) {
            throw new TokenRequestException(code, name + " in the past");
        }
    }

    /**
     * @return {@code value} as an instant, relative forms counted from {@code now}
     * @throws TokenRequestException with {@code code} when {@code value} is in neither form
     */
    static Instant parse(String value, Instant now, String name, TokenErrorCode code) {
        if (value.startsWith("+") || value.startsWith(" ")) {
            String digits = value.substring(1);
            if (!IntegerParameter.isDigits(digits) || digits.chars().allMatch(c -> c == '0')) {
                throw badFormat(name, code);
            }
            long seconds = digits.length() > MAX_RELATIVE_DIGITS ? BEYOND_ANY_BOUND_SECONDS : Long.parseLong(digits);
            return now.plusSeconds(seconds);
        }
        if (!RFC_3339_UTC.matcher(value).matches()) {
            throw badFormat(name, code);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw badFormat(name, code); // e.g. 2006-02-30
        }
    }

    private static TokenRequestException badFormat(String name, TokenErrorCode code) {
        return new TokenRequestException(code,
                name + " format: expected RFC 3339 UTC like 2006-04-14T12:01:10Z, or +seconds (at least +1)");
    }
}
