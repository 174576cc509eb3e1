package dev.tvegate.authn.application.port.in;

import java.util.List;

/**
 * The answer of session create/resume (spec §4.2/§4.3).
 *
 * @param actionName {@code authenticate}, {@code resume}, {@code retry} or {@code authorize}
 * @param actionType {@code interactive} or {@code direct}
 * @param reasonType {@code none}, {@code authenticated}, {@code temporary} or {@code degraded}
 * @param missingParameters wire names of the missing parameters, empty when none
 * @param url relative URL of the next step
 * @param code the authentication code, null for {@code authorize}
 * @param sessionId UUID for tracking
 * @param mvpd the MVPD, may be null
 * @param serviceProvider the SP
 * @param notBefore code validity start (epoch ms), null without code
 * @param notAfter code validity end (epoch ms), null without code
 */
public record SessionResult(String actionName, String actionType, String reasonType, List<String> missingParameters,
        String url, String code, String sessionId, String mvpd, String serviceProvider, Long notBefore,
        Long notAfter) {

    public static final String AUTHENTICATE = "authenticate";
    public static final String RESUME = "resume";
    public static final String RETRY = "retry";
    public static final String AUTHORIZE = "authorize";
    public static final String INTERACTIVE = "interactive";
    public static final String DIRECT = "direct";
    public static final String NONE = "none";
    public static final String AUTHENTICATED = "authenticated";
    public static final String TEMPORARY = "temporary";
    public static final String DEGRADED = "degraded";

    public SessionResult {
        missingParameters = missingParameters == null ? List.of() : List.copyOf(missingParameters);
    }
}
