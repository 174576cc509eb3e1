package dev.tvegate.drm.domain.error;

/**
 * ExpressPlay's token-API error codes (spec §4), each with the HTTP status TVE Gate answers it with (spec §4's
 * suggested mapping: authentication 401, account/quota 403, upstream 502–504, everything else 400) and its message.
 * Several constants may share one numeric code when TVE Gate distinguishes causes ExpressPlay reports alike (the
 * media-token gate, upstream failures); the message then says which.
 */
public enum TokenErrorCode {
    // --- common -------------------------------------------------------------------------------------------------
    EXPIRATION_TIME_INVALID(-2002, 400, "Token expiration time invalid"),
    CONTENT_KEY_INVALID(-2005, 400, "Content encryption key invalid"),
    OUTPUT_CONTROL_FLAGS_INVALID(-2008, 400, "Output control flags invalid"),
    AUTHENTICATOR_MISSING(-2017, 401, "Authentication token not supplied"),
    AUTHENTICATOR_INVALID(-2018, 401, "Authentication token invalid"),
    NOT_ENOUGH_TOKENS(-2019, 403, "Not enough tokens available"),
    RIGHTS_TYPE_MISSING(-2020, 400, "Rights type missing"),
    RIGHTS_TYPE_INVALID(-2021, 400, "Rights type invalid"),
    RENTAL_PERIOD_END_MISSING(-2022, 400, "Rental period end time missing"),
    RENTAL_PLAY_DURATION_MISSING(-2023, 400, "Rental play duration missing"),
    RENTAL_PLAY_DURATION_INVALID(-2025, 400, "Rental play duration invalid"),
    CONTENT_KEY_NOT_HEX(-2027, 400, "Content key must be 32 hex digits"),
    ADMIN_ERROR(-2030, 500, "ExpressPlay admin error"),
    UPSTREAM_UNAVAILABLE(-2030, 503, "ExpressPlay admin error"),
    UPSTREAM_TIMEOUT(-2030, 504, "ExpressPlay admin error"),
    UPSTREAM_FAILED(-2030, 502, "ExpressPlay admin error"),
    /** No such endpoint (an unknown DRM in the path): the spec's "404 Not found — bad URL". */
    BAD_URL(-2030, 404, "Bad URL"),
    ACCOUNT_DISABLED(-2031, 401, "Service account disabled"),
    COOKIE_INVALID(-2033, 400, "Cookie invalid"),
    OUTPUT_CONTROL_OUT_OF_RANGE(-2034, 400, "Output control value outside allowed range"),
    COMPANION_VALUE_MISSING(-2035, 400, "Required companion value missing"),
    EXTENSION_TYPE_INVALID(-2036, 400, "Extension type must be 4 characters"),
    EXTENSION_PAYLOAD_INVALID(-2037, 400, "Extension payload must be base64"),
    OUTPUT_CONTROL_FLAG_LENGTH(-2040, 400, "OutputControlFlag must encode 4 bytes"),
    ERROR_FORMAT_INVALID(-3004, 400, "Invalid error format specified"),
    // --- the media-token gate (TVE Gate): ExpressPlay's "device could not be authenticated" ----------------------
    MEDIA_TOKEN_MISSING(-4001, 401, "Device could not be authenticated"),
    MEDIA_TOKEN_INVALID(-4001, 401, "Device could not be authenticated"),
    MEDIA_TOKEN_REFUSED(-4001, 403, "Device could not be authenticated"),
    TOKEN_INVALID(-4010, 400, "Token invalid"),
    KID_MISSING(-4018, 400, "Key ID missing"),
    KEY_NOT_IN_STORAGE(-4019, 400, "Content key could not be fetched from key storage"),
    KID_NOT_HEX(-4020, 400, "Key ID must be 32 hex characters"),
    KID_TOO_LONG(-4021, 400, "Key ID must be no more than 64 characters after the ^"),
    KID_INVALID(-4022, 400, "Key ID invalid"),
    ENCRYPTED_KEY_INVALID(-4024, 400, "Encrypted key or key-encryption key invalid"),
    // --- PlayReady ------------------------------------------------------------------------------------------------
    UNKNOWN_OUTPUT_BEHAVIOR_INVALID(-5001, 400, "Unknown output behavior invalid"),
    PLAYREADY_NOT_ENABLED(-5002, 403, "PlayReady not enabled for this service"),
    GENERAL_FLAGS_INVALID(-5003, 400, "General flags invalid"),
    OPL_MISSING(-5006, 400, "Output protection level missing"),
    KEK_AND_CONTENT_KEY(-5007, 400, "Only one of kek and contentKey may be given"),
    // --- FairPlay -------------------------------------------------------------------------------------------------
    FP_EXTENSION_INVALID(-6001, 400, "fpExtension parameters invalid"),
    IV_INVALID(-6003, 400, "IV invalid"),
    KEY_DATA_INVALID(-6005, 400, "Key data invalid"),
    FAIRPLAY_NOT_AUTHORIZED(-6006, 403, "Service not authorized for FairPlay"),
    RENTAL_DURATION_INVALID(-6007, 400, "Rental duration invalid"),
    // --- Widevine -------------------------------------------------------------------------------------------------
    SECURITY_LEVEL_MISSING(-7003, 400, "Security level missing"),
    SECURITY_LEVEL_INVALID(-7004, 400, "Security level invalid"),
    HDCP_OUTPUT_CONTROL_MISSING(-7006, 400, "HDCP output control missing"),
    LICENSE_DURATION_INVALID(-7007, 400, "License duration invalid"),
    WV_EXTENSION_INVALID(-7009, 400, "WVExtension parameters invalid"),
    WIDEVINE_DISABLED(-7011, 403, "Widevine option disabled");

    private final int code;
    private final int httpStatus;
    private final String message;

    TokenErrorCode(int code, int httpStatus, String message) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    /** @return ExpressPlay's numeric code, e.g. {@code -2018} */
    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String message() {
        return message;
    }
}
