package dev.tvegate.authn.adapter.in.rest.v1;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.tvegate.kernel.device.DeviceInfo;
import dev.tvegate.kernel.device.DeviceInfoRules;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;
import dev.tvegate.kernel.error.ErrorRendering;
import dev.tvegate.kernel.error.ResponseFormat;
import dev.tvegate.kernel.error.V1StatusError;

/**
 * What the REST v1 endpoints of authn share (spec §6.1): the response format (the {@code format} parameter, then a
 * {@code .json}/{@code .xml} path suffix, then {@code Accept}; XML by default) and plain v1 status bodies.
 * <p>
 * Callers are checked by {@link V1CallerAuthenticator} (DCR bearer or legacy signed requestor).
 */
public final class V1Http {

    /** Path template suffix for the optional {@code .json}/{@code .xml} format suffix. */
    public static final String SUFFIX = "{suffix: (\\.json|\\.xml)?}";
    public static final String DEVICE_INFO_HEADER = "X-Device-Info";

    private V1Http() {
    }

    /** @return the format the request asked for; null when its choices conflict or are unknown */
    public static ResponseFormat format(HttpHeaders headers, String formatParam, String suffix) {
        try {
            return ResponseFormat.resolve(headers.getHeaderString(HttpHeaders.ACCEPT), formatParam,
                    suffix == null || suffix.isEmpty() ? null : suffix.substring(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return 400 for a conflicting or unsupported format choice, in XML (the v1 default) */
    public static Response conflictingFormats() {
        return status(V1StatusError.badRequest(
                "Conflicting or unsupported response format (format parameter, path suffix)"), ResponseFormat.DEFAULT);
    }

    /** @return a v1 body with {@code Cache-Control: no-store} */
    public static Response ok(int status, ResponseFormat format, String body) {
        return Response.status(status).type(format.mediaTypeWithCharset()).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body).build();
    }

    /** @return a plain v1 status error ({@code {"status","message","details"}} / {@code <error>…</error>}) */
    public static Response status(V1StatusError error, ResponseFormat format) {
        String body = format == ResponseFormat.JSON ? error.toJson() : ErrorRendering.XML_DECLARATION + error.toXml();
        return ok(error.status(), format, body);
    }

    /**
     * Validates {@code X-Device-Info} (preferred) or {@code device_info} when present (v1 rules: Base64 JSON, possibly
     * URL-encoded); v1 names a bad one {@code invalid_device_info}.
     */
    public static void checkDeviceInfo(HttpHeaders headers, String deviceInfoParam) {
        String value = headers.getHeaderString(DEVICE_INFO_HEADER);
        if (value == null || value.isBlank()) {
            value = deviceInfoParam;
        }
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            DeviceInfo.parse(value, DeviceInfoRules.V1);
        } catch (EnhancedErrorException e) {
            throw new EnhancedErrorException(ErrorCode.INVALID_DEVICE_INFO, e.error().details());
        }
    }
}
