package dev.tvegate.sandbox.domain.model;

/**
 * The MVPD's answer to an entitlement query.
 *
 * @param permit whether the subscriber may watch
 * @param message why not (shown to the viewer by the service provider), null on permit
 * @param parentalControl whether the denial is due to parental control (the rating is above the user's limit)
 */
public record EntitlementDecision(boolean permit, String message, boolean parentalControl) {

    /** @return a permit */
    public static EntitlementDecision permitted() {
        return new EntitlementDecision(true, null, false);
    }

    /** @return a denial for a subscription reason */
    public static EntitlementDecision denied(String message) {
        return new EntitlementDecision(false, message, false);
    }

    /** @return a denial because of parental control */
    public static EntitlementDecision deniedByParentalControl(String message) {
        return new EntitlementDecision(false, message, true);
    }
}
