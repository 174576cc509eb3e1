package dev.tvegate.authn.domain.model;

import java.util.Map;

/**
 * The user identity a promotional TempPass request carries (spec §3.2, §6.4, §8.3), as the REST edge decoded it from
 * {@code AP-TempPass-Identity} (v2: {@code Base64(JSON)}) or {@code generic_data} (v1). Exactly one of the three
 * forms: absent, claims (a JSON object's string values) or a bare value (a header that is already a hash); or
 * malformed, with the reason.
 *
 * @param claims the JSON object's members with string (or number) values; null unless the header was a JSON object
 * @param bare the raw value when it was not JSON (a hash sent as is); null otherwise
 * @param problem why the value could not be read; null when it could
 */
public record TempPassIdentity(Map<String, String> claims, String bare, String problem) {

    private static final TempPassIdentity ABSENT = new TempPassIdentity(null, null, null);

    public TempPassIdentity {
        claims = claims == null ? null : Map.copyOf(claims);
    }

    public static TempPassIdentity absent() {
        return ABSENT;
    }

    public static TempPassIdentity ofClaims(Map<String, String> claims) {
        return new TempPassIdentity(claims, null, null);
    }

    public static TempPassIdentity ofBare(String value) {
        return new TempPassIdentity(null, value, null);
    }

    public static TempPassIdentity malformed(String problem) {
        return new TempPassIdentity(null, null, problem);
    }

    public boolean isAbsent() {
        return claims == null && bare == null && problem == null;
    }

    @Override
    public String toString() {
        // identities may be personal data: never printed
        return "TempPassIdentity[" + (isAbsent() ? "absent" : problem != null ? "malformed" : "present") + "]";
    }
}
