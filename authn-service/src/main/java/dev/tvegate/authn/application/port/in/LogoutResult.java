package dev.tvegate.authn.application.port.in;

/**
 * One entry of the {@code logouts} map (spec §4.8).
 *
 * @param mvpd the MVPD
 * @param actionName {@code logout}, {@code complete} or {@code invalid}
 * @param actionType {@code interactive} or {@code none}
 * @param url the MVPD's end-session URL for {@code logout}, else null
 */
public record LogoutResult(String mvpd, String actionName, String actionType, String url) {

    public static final String LOGOUT = "logout";
    public static final String COMPLETE = "complete";
    public static final String INVALID = "invalid";
    public static final String INTERACTIVE = "interactive";
    public static final String NONE = "none";
}
