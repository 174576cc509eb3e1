package dev.tvegate.drm.domain.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * Widevine (spec §5.1): {@code kid} required; {@code securityLevel} 1–5 (-7003 missing, -7004 otherwise) and
 * {@code hdcpOutputControl} 0–5 (-7006 missing, -2034 otherwise) required; optional {@code contentId},
 * {@code trackType} 0–4 (-2034), {@code licenseDuration} and {@code playbackDuration} in seconds up to 10 years
 * (-7007; absent = unlimited) and up to 16 {@code wvExtension} values (-7009 when malformed).
 * <p>
 * {@code contentId}: HbbTV's note of 36 characters at most is not a documented limit, so 1–256 printable ASCII
 * characters are accepted; anything else is -7009 ({@code WVExtension parameters invalid}), the only code for an
 * invalid Widevine-specific parameter. {@code kek} with {@code contentKey} is -4024: Widevine has no code of its own.
 */
final class WidevineRules extends DrmRules {

    private static final String SECURITY_LEVEL = "securityLevel";
    private static final String HDCP_OUTPUT_CONTROL = "hdcpOutputControl";
    private static final String CONTENT_ID = "contentId";
    private static final int MAX_CONTENT_ID_LENGTH = 256;

    WidevineRules() {
        super(true, TokenErrorCode.ENCRYPTED_KEY_INVALID);
    }

    @Override
    void drmParameters(TokenParameters parameters, Map<String, Object> policy, Instant now) {
        String securityLevel = parameters.first(SECURITY_LEVEL)
                .orElseThrow(() -> new TokenRequestException(TokenErrorCode.SECURITY_LEVEL_MISSING));
        policy.put(SECURITY_LEVEL,
                IntegerParameter.parse(securityLevel, SECURITY_LEVEL, 1, 5, TokenErrorCode.SECURITY_LEVEL_INVALID));
        String hdcp = parameters.first(HDCP_OUTPUT_CONTROL)
                .orElseThrow(() -> new TokenRequestException(TokenErrorCode.HDCP_OUTPUT_CONTROL_MISSING));
        policy.put(HDCP_OUTPUT_CONTROL,
                IntegerParameter.parse(hdcp, HDCP_OUTPUT_CONTROL, 0, 5, TokenErrorCode.OUTPUT_CONTROL_OUT_OF_RANGE));
        parameters.first(CONTENT_ID).ifPresent(contentId -> policy.put(CONTENT_ID, checkContentId(contentId)));
        IntegerParameter.putIfSent(parameters, policy, "trackType", 0, 4, TokenErrorCode.OUTPUT_CONTROL_OUT_OF_RANGE);
    }

    @Override
    void extensions(TokenParameters parameters, Map<String, Object> policy) {
        Extensions.putRepeatedIfSent(parameters, policy, "wvExtension", TokenErrorCode.WV_EXTENSION_INVALID);
    }

    @Override
    void durations(TokenParameters parameters, Map<String, Object> policy) {
        for (String duration : List.of("licenseDuration", "playbackDuration")) {
            IntegerParameter.putDurationIfSent(parameters, policy, duration, TokenErrorCode.LICENSE_DURATION_INVALID);
        }
    }

    private static String checkContentId(String contentId) {
        if (contentId.isEmpty() || contentId.length() > MAX_CONTENT_ID_LENGTH
                || !AsciiText.all(contentId, AsciiText.PRINTABLE)) {
            throw new TokenRequestException(TokenErrorCode.WV_EXTENSION_INVALID,
                    "contentId must be 1 to " + MAX_CONTENT_ID_LENGTH + " printable ASCII characters");
        }
        return contentId;
    }
}
