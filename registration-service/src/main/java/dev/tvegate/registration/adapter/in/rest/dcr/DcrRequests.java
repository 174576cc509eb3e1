package dev.tvegate.registration.adapter.in.rest.dcr;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import dev.tvegate.kernel.device.DeviceInfo;
import dev.tvegate.kernel.device.DeviceInfoRules;
import dev.tvegate.kernel.error.EnhancedErrorException;

/** Header checks shared by the DCR endpoints; failures are {@code invalid_request}. */
final class DcrRequests {

    private DcrRequests() {
    }

    static void requireContentType(HttpHeaders headers, MediaType expected) {
        MediaType actual = headers.getMediaType();
        if (actual == null || !actual.isCompatible(expected)) {
            throw StrictForm.invalid("Content-Type must be " + expected);
        }
    }

    /** {@code X-Device-Info} is optional (the backend can derive the values) but must be well formed if sent. */
    static void validateDeviceInfo(HttpHeaders headers) {
        var values = headers.getRequestHeader("X-Device-Info");
        if (values == null || values.isEmpty()) {
            return;
        }
        if (values.size() > 1) {
            throw StrictForm.invalid("X-Device-Info is repeated");
        }
        try {
            DeviceInfo.parse(values.get(0), DeviceInfoRules.V2);
        } catch (EnhancedErrorException e) {
            String details = e.error().details();
            throw StrictForm.invalid("Invalid X-Device-Info" + (details == null ? "" : ": " + details));
        }
    }
}
