package dev.tvegate.authn.domain.model;

import java.util.Objects;

/**
 * A v1 registration code record (spec §6.3), owned by registration-service: the code a device shows, tied to the
 * device that requested it.
 *
 * @param id the record's UUID
 * @param code the registration code
 * @param requestor the requestor (service provider) it was created for
 * @param mvpd the MVPD the device pre-selected, may be null
 * @param generated epoch ms
 * @param expires epoch ms
 * @param deviceId the device's {@code deviceId} as it sent it (v1 device calls use the same value)
 * @param deviceInfo the normalised device info ({@code Base64(JSON)}), may be null
 * @param userAgent the device's user agent, may be null
 */
public record RegistrationCode(String id, String code, String requestor, String mvpd, long generated, long expires,
        String deviceId, String deviceInfo, String userAgent) {

    public RegistrationCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(requestor, "requestor");
    }

    /** @return whether the code is still valid at {@code nowMillis} */
    public boolean isValidAt(long nowMillis) {
        return nowMillis < expires;
    }
}
