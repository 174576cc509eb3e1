package dev.tvegate.authn.application.port.in;

/**
 * {@code DELETE /reset-tempass/v3/reset?requestor_id=&mvpd_id=&device_id=} (by device) or
 * {@code DELETE /reset-tempass/v3/reset/generic?requestor_id=&mvpd_id=&key=} (by identity hash).
 *
 * @param serviceProvider {@code requestor_id}
 * @param mvpd {@code mvpd_id}
 * @param by what {@code value} names
 * @param value the device id or identity hash; null or {@code all} = every trial of the SP and MVPD
 */
public record ResetTempPassCommand(String serviceProvider, String mvpd, By by, String value) {

    /** The word that means "every device" / "every key". */
    public static final String ALL = "all";

    public enum By {
        DEVICE,
        IDENTITY
    }

    /** @return whether the reset covers every trial of the SP and MVPD */
    public boolean all() {
        return value == null || value.isBlank() || ALL.equals(value.strip());
    }
}
