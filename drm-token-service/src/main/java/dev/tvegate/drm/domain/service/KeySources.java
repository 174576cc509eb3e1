package dev.tvegate.drm.domain.service;

import java.util.Optional;

import dev.tvegate.drm.domain.error.TokenErrorCode;
import dev.tvegate.drm.domain.error.TokenRequestException;
import dev.tvegate.drm.domain.model.KeySource;
import dev.tvegate.drm.domain.model.TokenParameters;

/**
 * The key-source rule of spec §3.1: {@code contentKey}, or {@code kid} (key storage), or {@code kek} + {@code ek}.
 * Checked in two steps so the validator can keep spec §8.1's order: {@link #checkStructure} looks only at which
 * parameters were sent, {@link #resolve} then checks their formats. No message ever contains a key value.
 */
final class KeySources {

    private static final String CONTENT_KEY = "contentKey";
    private static final String KID = "kid";
    private static final String KEK = "kek";
    private static final String EK = "ek";

    /** 16-byte keys as hex; a wrapped 16-byte key (RFC 3394) is 24 bytes. */
    private static final int KEY_HEX_DIGITS = 32;
    private static final int WRAPPED_KEY_HEX_DIGITS = 48;

    /** The outcome: the grant's kid (if sent) and where the key comes from. */
    record Resolved(Optional<String> kid, KeySource source) {
    }

    private KeySources() {
    }

    /**
     * Which key parameters may go together. {@code kek} needs {@code ek} or {@code kid}; where {@code kid} is optional
     * (FairPlay) it needs exactly one of them, since {@code kid} would be a key-storage reference competing with
     * {@code ek}; where {@code kid} is required (Widevine, PlayReady) it is the license's key ID and goes with
     * {@code kek} + {@code ek}. {@code kek} with {@code contentKey} is refused with the DRM's code.
     */
    static void checkStructure(TokenParameters parameters, DrmRules rules) {
        boolean contentKey = parameters.has(CONTENT_KEY);
        boolean kid = parameters.has(KID);
        boolean kek = parameters.has(KEK);
        boolean ek = parameters.has(EK);
        if (kek && contentKey) {
            throw new TokenRequestException(rules.kekWithContentKey(), "kek cannot be combined with contentKey");
        }
        if (ek && !kek) {
            throw new TokenRequestException(TokenErrorCode.ENCRYPTED_KEY_INVALID, "ek requires kek");
        }
        if (kek && !ek && !kid) {
            throw new TokenRequestException(TokenErrorCode.ENCRYPTED_KEY_INVALID, "kek requires kid or ek");
        }
        if (kek && ek && kid && !rules.kidRequired()) {
            throw new TokenRequestException(TokenErrorCode.ENCRYPTED_KEY_INVALID, "kek takes kid or ek, not both");
        }
        if (!kid && rules.kidRequired()) {
            throw new TokenRequestException(TokenErrorCode.KID_MISSING);
        }
        if (!contentKey && !kid && !kek) {
            throw new TokenRequestException(TokenErrorCode.CONTENT_KEY_INVALID, "contentKey, kid or kek+ek required");
        }
    }

    /**
     * Checks the formats in spec §8.1's order ({@code contentKey} -2027, {@code kid} -4020/-4021/-4022, {@code kek}
     * and {@code ek} -4024) and picks the source: {@code contentKey} first, then {@code kek}+{@code ek}, else key
     * storage by {@code kid}. A {@code kek} sent with {@code kid} alone is checked but not carried: TVE Gate's key
     * storage keeps keys under its own encryption. Call after {@link #checkStructure}.
     */
    static Resolved resolve(TokenParameters parameters) {
        Optional<byte[]> contentKey = parameters.first(CONTENT_KEY).map(value -> HexParameter.bytes(value,
                KEY_HEX_DIGITS, TokenErrorCode.CONTENT_KEY_NOT_HEX, "contentKey must be 32 hex digits"));
        Optional<String> kid = parameters.first(KID).map(KeyIds::normalise);
        Optional<byte[]> kek = parameters.first(KEK).map(value -> HexParameter.bytes(value, KEY_HEX_DIGITS,
                TokenErrorCode.ENCRYPTED_KEY_INVALID, "kek must be 32 hex digits"));
        Optional<byte[]> ek = parameters.first(EK).map(value -> HexParameter.bytes(value, WRAPPED_KEY_HEX_DIGITS,
                TokenErrorCode.ENCRYPTED_KEY_INVALID, "ek must be 48 hex digits"));
        KeySource source = contentKey.<KeySource> map(KeySource.Inline::new)
                .or(() -> ek.map(wrapped -> new KeySource.Wrapped(kek.orElseThrow(), wrapped)))
                .orElseGet(() -> new KeySource.Stored(kid.orElseThrow()));
        return new Resolved(kid, source);
    }
}
