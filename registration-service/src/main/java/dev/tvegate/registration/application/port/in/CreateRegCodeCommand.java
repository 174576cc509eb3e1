package dev.tvegate.registration.application.port.in;

import dev.tvegate.kernel.error.V1StatusError;
import dev.tvegate.registration.domain.error.V1StatusException;

/**
 * {@code POST /reggie/v1/{requestor}/regcode} (spec §6.2). Validates itself: {@code deviceId} is required and
 * {@code ttl} must be 1..36000 seconds (default 1800).
 *
 * @param deviceInfo the normalised Base64 device JSON, or null
 * @param authorizationType how the caller authenticated ({@code OAUTH2} for a DCR bearer token)
 */
public record CreateRegCodeCommand(String requestor, String deviceId, String deviceType, String deviceUser,
        String appId, String appVersion, String mvpd, long ttlSeconds, String registrationUrl, String deviceInfo,
        String userAgent, String authorizationType) {

    public static final long DEFAULT_TTL_SECONDS = 1800;
    public static final long MAX_TTL_SECONDS = 36000;
    /** Longest accepted value of any free-text field. */
    static final int MAX_FIELD_LENGTH = 2048;

    public CreateRegCodeCommand {
        if (deviceId == null || deviceId.isBlank()) {
            throw new V1StatusException(V1StatusError.badRequest("Required 'deviceId' is not present"));
        }
        if (ttlSeconds < 1 || ttlSeconds > MAX_TTL_SECONDS) {
            throw new V1StatusException(V1StatusError.badRequest("Parameter 'ttl' must be between 1 and "
                    + MAX_TTL_SECONDS + " seconds"));
        }
        for (String value : new String[] { deviceId, deviceType, deviceUser, appId, appVersion, mvpd,
                registrationUrl, userAgent }) {
            if (value != null && value.length() > MAX_FIELD_LENGTH) {
                throw new V1StatusException(V1StatusError.badRequest("A parameter is longer than "
                        + MAX_FIELD_LENGTH + " characters"));
            }
        }
    }

    /**
     * Parses the {@code ttl} parameter.
     *
     * @return {@link #DEFAULT_TTL_SECONDS} when absent
     * @throws V1StatusException 400 if it is not a whole number
     */
    public static long ttl(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_TTL_SECONDS;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new V1StatusException(V1StatusError.badRequest("Parameter 'ttl' must be a number of seconds"));
        }
    }
}
