package dev.tvegate.kernel.error;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.tvegate.kernel.error.ErrorAction.APPLICATION_REGISTRATION;
import static dev.tvegate.kernel.error.ErrorAction.AUTHENTICATION;
import static dev.tvegate.kernel.error.ErrorAction.AUTHORIZATION;
import static dev.tvegate.kernel.error.ErrorAction.CONFIGURATION;
import static dev.tvegate.kernel.error.ErrorAction.NONE;
import static dev.tvegate.kernel.error.ErrorAction.RETRY;

/**
 * Every Enhanced Error Code of spec §5, from both the REST v2 table and the REST v1 table. A code listed in both
 * tables is a single constant with {@link #v1()} and {@link #v2()} both true.
 * <p>
 * The wire code is the constant name in lower case. {@link #status()} is the default status: the v2 status, or for a
 * v1-only code listed with several statuses (e.g. {@code authorization_not_found}: 403, 404) the first one listed;
 * {@link #statuses()} keeps them all. Services override the status with {@link EnhancedError#withStatus(int)} where
 * the endpoint table of §6.2 prescribes another one. Throttling (429) is deliberately absent: it is not an EEC (§7).
 */
public enum ErrorCode {

    // ---- REST v2: action none, 400 ----
    INVALID_PARAMETER_SERVICE_PROVIDER(NONE, Table.V2, "The service provider parameter value is missing or invalid.",
            400),
    INVALID_PARAMETER_MVPD(NONE, Table.V2, "The MVPD parameter value is missing or invalid.", 400),
    INVALID_PARAMETER_CODE(NONE, Table.V2, "The authentication code parameter value is missing or invalid.", 400),
    INVALID_PARAMETER_RESOURCES(NONE, Table.V2, "The resources parameter value is missing or invalid.", 400),
    INVALID_PARAMETER_REDIRECT_URL(NONE, Table.V2, "The redirect URL parameter value is missing or invalid.", 400),
    INVALID_PARAMETER_PARTNER(NONE, Table.V2, "The partner parameter value is missing or invalid.", 400),
    INVALID_PARAMETER_SAML_RESPONSE(NONE, Table.V2, "The SAML response parameter value is missing or invalid.", 400),
    INVALID_HEADER_DEVICE_INFO(NONE, Table.V2, "The X-Device-Info header value is missing or invalid.", 400),
    INVALID_HEADER_DEVICE_IDENTIFIER(NONE, Table.V2, "The AP-Device-Identifier header value is missing or invalid.",
            400),
    INVALID_HEADER_IDENTITY_FOR_TEMPORARY_ACCESS(NONE, Table.V2,
            "The AP-TempPass-Identity header value is missing or invalid.", 400),
    INVALID_HEADER_PFS_PERMISSION_ACCESS_NOT_PRESENT(NONE, Table.V2,
            "The partner framework status header does not contain the permission access status.", 400),
    INVALID_HEADER_PFS_PERMISSION_ACCESS_NOT_DETERMINED(NONE, Table.V2,
            "The partner framework permission access status is not determined.", 400),
    INVALID_HEADER_PFS_PERMISSION_ACCESS_NOT_GRANTED(NONE, Table.V2,
            "The partner framework permission access is not granted.", 400),
    INVALID_HEADER_PFS_PROVIDER_ID_NOT_DETERMINED(NONE, Table.V2,
            "The partner framework provider identifier is not determined.", 400),
    INVALID_HEADER_PFS_PROVIDER_ID_MISMATCH(NONE, Table.V2,
            "The partner framework provider identifier does not match the requested MVPD.", 400),
    INVALID_HEADER_PFS_PROVIDER_INFO_EXPIRED(NONE, Table.V2, "The partner framework provider information has expired.",
            400),
    INVALID_INTEGRATION(NONE, Table.V2, "There is no integration between the service provider and the MVPD.", 400),
    INVALID_AUTHENTICATION_SESSION(NONE, Table.V2, "The authentication session is missing, invalid or expired.", 400),

    // ---- action none, 403 ----
    PREAUTHORIZATION_DENIED_BY_MVPD(NONE, Table.BOTH, "The MVPD denied the preauthorization decision.", 403),
    AUTHORIZATION_DENIED_BY_MVPD(NONE, Table.BOTH, "The MVPD denied the authorization decision.", 403),
    AUTHORIZATION_DENIED_BY_PARENTAL_CONTROLS(NONE, Table.BOTH,
            "The authorization was denied by the parental controls settings.", 403),
    AUTHORIZATION_DENIED_BY_DEGRADATION_RULE(NONE, Table.V2,
            "The authorization was denied by a degradation rule in effect.", 403),

    // ---- action none, 500 ----
    INTERNAL_SERVER_ERROR(NONE, Table.V2, "The server encountered an unexpected error.", 500),

    // ---- action configuration ----
    TOO_MANY_RESOURCES(CONFIGURATION, Table.BOTH, "The request contains more resources than allowed.", 403),
    INVALID_CONFIGURATION_USER_METADATA_CERTIFICATE(CONFIGURATION, Table.V2,
            "The user metadata certificate configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_TEMPORARY_ACCESS(CONFIGURATION, Table.V2,
            "The temporary access configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_PLATFORM(CONFIGURATION, Table.V2, "The platform configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_PLATFORM_ID(CONFIGURATION, Table.V2,
            "The platform identifier configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_PLATFORM_TRAIT(CONFIGURATION, Table.V2,
            "The platform trait configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_PLATFORM_CATEGORY_TRAIT(CONFIGURATION, Table.V2,
            "The platform category trait configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_PLATFORM_SERVICES(CONFIGURATION, Table.V2,
            "The platform services configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_MVPD_PLATFORM(CONFIGURATION, Table.V2,
            "The MVPD platform configuration is missing or invalid.", 500),
    INVALID_CONFIGURATION_MVPD_PLATFORM_BOARDING_STATUS(CONFIGURATION, Table.V2,
            "The MVPD platform boarding status does not allow this request.", 500),
    INVALID_CONFIGURATION_MVPD_PLATFORM_PROFILE_EXCHANGE(CONFIGURATION, Table.V2,
            "The MVPD platform profile exchange configuration is missing or invalid.", 500),

    // ---- action application-registration ----
    INVALID_ACCESS_TOKEN_SERVICE_PROVIDER(APPLICATION_REGISTRATION, Table.V2,
            "The access token is missing, invalid or expired for this service provider.", 401),
    INVALID_ACCESS_TOKEN_CLIENT_APPLICATION(APPLICATION_REGISTRATION, Table.V2,
            "The access token is not tied to a valid client application.", 401),

    // ---- action authentication ----
    AUTHENTICATED_PROFILE_MISSING(AUTHENTICATION, Table.V2, "There is no authenticated profile for this device.", 403),
    AUTHENTICATED_PROFILE_EXPIRED(AUTHENTICATION, Table.V2, "The authenticated profile has expired.", 403),
    AUTHENTICATED_PROFILE_INVALIDATED(AUTHENTICATION, Table.V2, "The authenticated profile has been invalidated.", 403),
    TEMPORARY_ACCESS_DURATION_LIMIT_EXCEEDED(AUTHENTICATION, Table.V2,
            "The temporary access duration limit has been exceeded.", 403),
    TEMPORARY_ACCESS_RESOURCES_LIMIT_EXCEEDED(AUTHENTICATION, Table.V2,
            "The temporary access resources limit has been exceeded.", 403),
    AUTHORIZATION_DENIED_BY_HBA_POLICIES(AUTHENTICATION, Table.BOTH,
            "The authorization was denied by the home-based authentication policies.", 403),
    AUTHORIZATION_DENIED_BY_SESSION_INVALIDATED(AUTHENTICATION, Table.BOTH,
            "The authorization was denied because the MVPD session was invalidated.", 403),
    IDENTITY_NOT_RECOGNIZED_BY_MVPD(AUTHENTICATION, Table.BOTH, "The MVPD does not recognize the user identity.", 403),

    // ---- action retry ----
    NETWORK_RECEIVED_ERROR(RETRY, Table.BOTH, "An error was received from a partner service; retry later.", 403),
    NETWORK_CONNECTION_TIMEOUT(RETRY, Table.BOTH, "The connection to a partner service timed out; retry later.", 403),
    MAXIMUM_EXECUTION_TIME_EXCEEDED(RETRY, Table.BOTH,
            "The request did not complete within the maximum execution time; retry later.", 403),

    // ---- REST v1 only ----
    INVALID_REQUESTOR(NONE, Table.V1, "The requestor parameter value is missing or invalid.", 400),
    INVALID_DEVICE_INFO(NONE, Table.V1, "The device information is missing or invalid.", 400),
    INVALID_DEVICE_ID(NONE, Table.V1, "The device identifier is missing or invalid.", 400),
    MISSING_RESOURCE(NONE, Table.V1, "The resource parameter is missing.", 400, 412),
    MALFORMED_AUTHZ_REQUEST(NONE, Table.V1, "The authorization request is malformed.", 400, 412),
    INTERNAL_ERROR(NONE, Table.V1, "The server encountered an internal error.", 400, 405, 500),
    UNKNOWN_INTEGRATION(CONFIGURATION, Table.V1, "There is no integration between the requestor and the MVPD.", 400,
            412),
    AUTHENTICATION_SESSION_ISSUER_MISMATCH(AUTHENTICATION, Table.V1,
            "The authentication session was issued by another MVPD than the one requested.", 400),
    AUTHENTICATION_SESSION_INVALIDATED(AUTHENTICATION, Table.V1, "The authentication session has been invalidated.",
            403),
    AUTHENTICATION_SESSION_MISSING(AUTHENTICATION, Table.V1, "There is no authentication session for this device.",
            403, 412),
    AUTHENTICATION_SESSION_EXPIRED(AUTHENTICATION, Table.V1, "The authentication session has expired.", 403, 412),
    PREAUTHORIZATION_AUTHENTICATION_SESSION_MISSING(AUTHENTICATION, Table.V1,
            "Preauthorization requires an authentication session, and there is none for this device.", 412),
    PREAUTHORIZATION_AUTHENTICATION_SESSION_EXPIRED(AUTHENTICATION, Table.V1,
            "Preauthorization requires an authentication session, and it has expired.", 412),
    AUTHORIZATION_NOT_FOUND(AUTHORIZATION, Table.V1, "There is no authorization for this resource.", 403, 404),
    AUTHORIZATION_EXPIRED(AUTHORIZATION, Table.V1, "The authorization for this resource has expired.", 410);

    /** Which table(s) of spec §5 list the code. */
    private enum Table {
        V1,
        V2,
        BOTH
    }

    private static final Map<String, ErrorCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final String code;
    private final ErrorAction action;
    private final Table table;
    private final String message;
    private final List<Integer> statuses;

    ErrorCode(ErrorAction action, Table table, String message, int... statuses) {
        this.code = name().toLowerCase(Locale.ROOT);
        this.action = action;
        this.table = table;
        this.message = message;
        this.statuses = Arrays.stream(statuses).boxed().toList();
    }

    /** @return the wire code, e.g. {@code invalid_parameter_service_provider} */
    public String code() {
        return code;
    }

    /** @return the action of the spec table */
    public ErrorAction action() {
        return action;
    }

    /** @return the default status (the first one the spec lists) */
    public int status() {
        return statuses.get(0);
    }

    /** @return every status the spec lists for this code, in the spec's order (at least one) */
    public List<Integer> statuses() {
        return statuses;
    }

    /** @return a human-readable default English message */
    public String message() {
        return message;
    }

    /** @return whether the REST v1 table of spec §5 lists this code */
    public boolean v1() {
        return table != Table.V2;
    }

    /** @return whether the REST v2 table of spec §5 lists this code */
    public boolean v2() {
        return table != Table.V1;
    }

    /** Looks up a code by its wire string (exact, case-sensitive as on the wire). */
    public static Optional<ErrorCode> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    @Override
    public String toString() {
        return code;
    }
}
