package dev.tvegate.kernel.device;

import java.util.Set;

/**
 * Which API's rules a {@code X-Device-Info} / {@code device_info} value is checked against (spec §3.2).
 * <p>
 * ⚠ The sources disagree on the required keys: the v2 appendix marks {@code model, version, osName, osVersion,
 * connectionType} as required, the legacy v1 page says {@code model, osName}, and §3.2 also says browsers may omit
 * the header altogether and that the backend merges the explicit values with what it extracts itself (user agent,
 * IP). Real clients therefore send partial objects, and refusing them would break compatible integrations for no
 * security gain. TVE Gate is lenient about <em>presence</em> (no key is required under either rule set) and strict
 * about <em>form</em>: the value must be Base64 of a JSON object within the size limit, and the restricted keys
 * ({@code primaryHardwareType, osName, osFamily, osVendor, browserName, browserVendor, connectionSecure}) must hold
 * one of their listed values. Keeping one constant per API lets either rule set be tightened later without touching
 * the call sites.
 */
public enum DeviceInfoRules {
    /** REST API v2 ({@code X-Device-Info} header). */
    V2,
    /** REST API v1 ({@code device_info} parameter or {@code X-Device-Info} header). */
    V1;

    /** @return the keys that must be present; currently none for either API (see the class comment) */
    public Set<String> requiredKeys() {
        return Set.of();
    }
}
