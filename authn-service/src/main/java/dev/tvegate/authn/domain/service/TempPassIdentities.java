package dev.tvegate.authn.domain.service;

import java.util.Map;
import java.util.regex.Pattern;

import dev.tvegate.authn.domain.model.TempPassIdentity;
import dev.tvegate.kernel.code.Secrets;
import dev.tvegate.kernel.error.EnhancedErrorException;
import dev.tvegate.kernel.error.ErrorCode;

/**
 * The identity hash of promotional TempPass (spec §8.3): Adobe stores no personal data, the programmer hashes the
 * identity (SHA-256 recommended). The rules:
 * <ul>
 * <li>the identity must be present for a promotional MVPD;</li>
 * <li>from a JSON object ({@code {"email":"f7ee5ec7…"}}), the value of the rule's {@code identityKey} is taken (with
 * no key configured, the object's only member); a missing member is an error;</li>
 * <li>a value that looks like a hash — {@value #HASH_PATTERN} — is used as it is; any other value (e.g. a plain
 * e-mail address, as in the spec's header sample) is hashed with SHA-256 here, so that personal data never reaches
 * storage: {@code foo@bar.com} and its pre-computed SHA-256 select the same trial;</li>
 * <li>a bare header value (not Base64 JSON) must itself look like a hash.</li>
 * </ul>
 * Every refusal is 400 {@code invalid_header_identity_for_temporary_access}.
 */
public final class TempPassIdentities {

    /** A value that is taken as an identity hash as it is. */
    public static final String HASH_PATTERN = "[A-Za-z0-9._:-]{1,128}";
    /** Longest identity value accepted before hashing. */
    public static final int MAX_VALUE_CHARS = 1024;

    private static final Pattern HASH = Pattern.compile(HASH_PATTERN);

    private TempPassIdentities() {
    }

    /**
     * @param identityKey the rule's identity key (e.g. {@code email}), may be null
     * @return the identity hash
     * @throws EnhancedErrorException {@code invalid_header_identity_for_temporary_access}
     */
    public static String hash(TempPassIdentity identity, String identityKey) {
        if (identity == null || identity.isAbsent()) {
            throw invalid("The AP-TempPass-Identity header (v1: generic_data) is required for a promotional "
                    + "TempPass MVPD.");
        }
        if (identity.problem() != null) {
            throw invalid(identity.problem());
        }
        if (identity.bare() != null) {
            if (!HASH.matcher(identity.bare()).matches()) {
                throw invalid("The identity must be Base64 of a JSON object, or a hash of up to 128 characters "
                        + "[A-Za-z0-9._:-].");
            }
            return identity.bare();
        }
        return normalise(member(identity.claims(), identityKey));
    }

    /** @return whether {@code value} is used as an identity hash without hashing it again */
    public static boolean looksLikeHash(String value) {
        return value != null && HASH.matcher(value).matches();
    }

    private static String member(Map<String, String> claims, String identityKey) {
        if (identityKey != null && !identityKey.isBlank()) {
            String value = claims.get(identityKey);
            if (value == null || value.isBlank()) {
                throw invalid("The identity has no '" + identityKey + "' member.");
            }
            return value;
        }
        if (claims.size() != 1) {
            throw invalid("The identity must hold exactly one member.");
        }
        String value = claims.values().iterator().next();
        if (value == null || value.isBlank()) {
            throw invalid("The identity member is empty.");
        }
        return value;
    }

    private static String normalise(String value) {
        String v = value.strip();
        if (v.length() > MAX_VALUE_CHARS) {
            throw invalid("The identity value is longer than " + MAX_VALUE_CHARS + " characters.");
        }
        return HASH.matcher(v).matches() ? v : Secrets.sha256Hex(v);
    }

    private static EnhancedErrorException invalid(String details) {
        return new EnhancedErrorException(ErrorCode.INVALID_HEADER_IDENTITY_FOR_TEMPORARY_ACCESS, details);
    }
}
